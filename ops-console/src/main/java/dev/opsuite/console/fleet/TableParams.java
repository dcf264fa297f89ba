package dev.opsuite.console.fleet;

import jakarta.ws.rs.QueryParam;

import dev.opsuite.console.web.Paging;

/**
 * The table state every fleet list reads from its URL ({@code @BeanParam}): page, size, orderBy, order, and the
 * filters fines and accidents share (vehicle, driver, order, status). Each list gives its own defaults.
 */
public class TableParams {

    @QueryParam("page")
    Integer page;

    @QueryParam("size")
    Integer size;

    @QueryParam("orderBy")
    String orderBy;

    @QueryParam("order")
    String order;

    @QueryParam("vehicleId")
    String vehicleId;

    @QueryParam("driverId")
    String driverId;

    @QueryParam("orderReference")
    String orderReference;

    @QueryParam("status")
    String status;

    /** The list at {@code path}: page 1, {@code size} rows, sorted by {@code orderBy} in {@code order} unless the URL says. */
    Paging paging(String path, int defaultSize, String defaultOrderBy, String defaultOrder) {
        return Paging.of(path, page == null ? 1 : page, size == null ? defaultSize : size,
                orderBy == null || orderBy.isBlank() ? defaultOrderBy : orderBy, order == null ? defaultOrder : order);
    }

    /** The same, with the vehicle, driver, order and status filters of fines and accidents. */
    Paging incidents(String path, String defaultOrderBy) {
        return paging(path, 20, defaultOrderBy, "desc").filter("vehicleId", vehicleId).filter("driverId", driverId)
                .filter("orderReference", orderReference).filter("status", status);
    }

    /** A filter of {@code paging} for the service: null (left out of the call) when unset. */
    static String given(Paging paging, String filter) {
        String value = paging.value(filter);
        return value.isBlank() ? null : value;
    }
}
