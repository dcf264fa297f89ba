package dev.opsuite.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;

class PagingTest {

    @Test
    void links_carry_the_whole_state_and_out_of_range_values_are_clamped() {
        assertThat(Paging.of("/transfer-notes", 2, 50, "createdAt", "asc").href(3))
                .isEqualTo("/transfer-notes?page=3&size=50&orderBy=createdAt&order=asc");
        assertThat(Paging.of("/transfer-notes", 0, 1000, " ", "sideways").href(1))
                .isEqualTo("/transfer-notes?page=1&size=200&order=desc");
    }

    @Test
    void an_empty_list_is_page_1_of_1() {
        Page<String> empty = new Page<>(List.of(), 1, 20, 0, 0);
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.hasPrevious()).isFalse();
    }
}
