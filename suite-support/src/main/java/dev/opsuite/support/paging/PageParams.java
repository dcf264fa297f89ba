package dev.opsuite.support.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The paging query parameters every list endpoint takes: {@code page} (from 1), {@code size}, {@code orderBy}, {@code order}. */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "page starts at 1")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "size must be at least 1")
    @Max(value = 200, message = "size must be at most 200")
    public int size;

    @QueryParam("orderBy")
    public String orderBy;

    @QueryParam("order")
    @DefaultValue("desc")
    @Pattern(regexp = "(?i)asc|desc", message = "order is asc or desc")
    public String order;
}
