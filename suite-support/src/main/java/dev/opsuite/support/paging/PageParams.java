package dev.opsuite.support.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The paging query parameters every list endpoint takes: {@code page} (from 1), {@code size}, {@code orderBy}, {@code order}. */
public class PageParams {

    /** Page × size stays far inside an int, where Hibernate and PostgreSQL count offsets. */
    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "page starts at 1")
    @Max(value = MAX_PAGE, message = "page must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "size must be at least 1")
    @Max(value = MAX_SIZE, message = "size must be at most " + MAX_SIZE)
    public int size;

    @QueryParam("orderBy")
    @Size(max = 100, message = "orderBy names one field")
    public String orderBy;

    @QueryParam("order")
    @DefaultValue("desc")
    @Pattern(regexp = "(?i)asc|desc", message = "order is asc or desc")
    public String order;
}
