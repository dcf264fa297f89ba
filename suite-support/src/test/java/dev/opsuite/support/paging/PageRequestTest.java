package dev.opsuite.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.support.application.RejectedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "documentNumber", "documentNumber");

    @Test
    void sorts_only_by_whitelisted_fields_and_defaults_to_descending_by_the_default_field() {
        PageRequest request = PageRequest.of(params(2, 10, null, "desc"), SORTABLE, "createdAt");

        assertThat(request.orderClause()).isEqualTo(" order by createdAt desc");
        assertThat(request.index()).isEqualTo(1);
        assertThat(PageRequest.of(params(1, 10, "documentNumber", "ASC"), SORTABLE, "createdAt").orderClause())
                .isEqualTo(" order by documentNumber asc");
    }

    @Test
    void an_unknown_sort_field_is_a_400_naming_order_by() {
        assertThatThrownBy(() -> PageRequest.of(params(1, 10, "password; drop table", "asc"), SORTABLE, "createdAt"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().field()).isEqualTo("orderBy"));
    }

    @Test
    void a_page_beyond_the_last_possible_offset_is_a_400_naming_page() {
        assertThatThrownBy(() -> PageRequest.of(params(Integer.MAX_VALUE, 200, null, "desc"), SORTABLE, "createdAt"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().field()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.of(params(1, 201, null, "desc"), SORTABLE, "createdAt"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().field()).isEqualTo("size"));

        PageRequest last = PageRequest.of(params(PageParams.MAX_PAGE, PageParams.MAX_SIZE, null, "desc"), SORTABLE, "createdAt");
        assertThat(last.offset()).isEqualTo((PageParams.MAX_PAGE - 1) * PageParams.MAX_SIZE).isPositive();
    }

    @Test
    void a_page_knows_how_many_pages_there_are() {
        PageRequest request = PageRequest.of(params(1, 20, null, "desc"), SORTABLE, "createdAt");

        assertThat(Page.of(List.of(), request, 41).totalPages()).isEqualTo(3);
        assertThat(Page.of(List.of(), request, 40).totalPages()).isEqualTo(2);
        assertThat(Page.of(List.of(), request, 0).totalPages()).isZero();
    }

    private static PageParams params(int page, int size, String orderBy, String order) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        params.orderBy = orderBy;
        params.order = order;
        return params;
    }
}
