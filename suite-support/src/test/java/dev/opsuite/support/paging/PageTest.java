package dev.opsuite.support.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void a_slice_is_the_requested_page_of_the_list_with_the_whole_lists_total() {
        List<String> all = List.of("a", "b", "c", "d", "e");

        Page<String> second = Page.slice(all, new PageRequest(2, 2, "createdAt", false));

        assertThat(second.items()).containsExactly("c", "d");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(Page.slice(all, new PageRequest(4, 2, "createdAt", false)).items()).isEmpty();
    }
}
