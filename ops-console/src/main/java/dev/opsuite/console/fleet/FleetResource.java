package dev.opsuite.console.fleet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.fleet.FleetViews.Dashboard;
import dev.opsuite.console.fleet.FleetViews.Documents;
import dev.opsuite.console.fleet.FleetViews.Unit;
import dev.opsuite.console.fleet.Readiness.Blocker;
import dev.opsuite.console.web.BarChart;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Fleet readiness (seed 004 "Which units can take an order?", "Availability dashboard"): the dashboard's figures,
 * two charts, and the transport units READY / NOT READY with what blocks each, filters and paging in the URL.
 */
@Path("/fleet")
public class FleetResource {

    /** The weeks ahead the "documents to renew" chart looks (8 weeks). */
    static final int CHART_DAYS = 56;

    public record UnitRow(Unit unit, List<Blocker> blockers) {
    }

    public record Figures(Dashboard dashboard, BarChart vehicles) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance readiness(Part<Figures> figures, Part<BarChart> documents, Part<Page<UnitRow>> units,
                Paging paging,
                boolean saved);
    }

    @Inject
    @RestClient
    FleetApi fleet;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance readiness(@BeanParam TableParams table, @QueryParam("ready") String ready,
            @QueryParam("saved") String saved) {
        Paging paging = table.paging("/fleet", 20, null, "desc")
                .filter("ready", oneOf(ready, "true", "false"))
                .filter("status", oneOf(table.status, "ACTIVE", "DISBANDED", "ACTIVE,DISBANDED"));
        Part<Figures> figures = Part.of(() -> {
            Dashboard dashboard = fleet.dashboard();
            return new Figures(dashboard, FleetCharts.vehiclesByStatus(dashboard.vehicles().byStatus()));
        });
        // a mechanic reads no dashboard but the vehicles' and trailers' documents, an hr-admin the drivers'
        Part<BarChart> documents = Part.of(() -> FleetCharts.expiringByWeek(
                fleet.expiring(1, 200, "validUntil", "asc", String.valueOf(CHART_DAYS), null, null, "true").items(),
                CHART_DAYS));
        Part<Page<UnitRow>> units = Part.of(() -> rows(fleet.units(paging.page(), paging.size(), paging.orderBy(),
                paging.order(), TableParams.given(paging, "status"), TableParams.given(paging, "ready"))));
        return Templates.readiness(figures, documents, units, paging, saved != null);
    }

    private Page<UnitRow> rows(Page<Unit> units) {
        Map<UUID, Optional<Documents>> read = new HashMap<>();
        List<UnitRow> rows = units.items().stream().map(unit -> new UnitRow(unit, Readiness.blockers(unit,
                (holder, id) -> read.computeIfAbsent(id, ignored -> documents(holder, id))))).toList();
        return new Page<>(rows, units.page(), units.size(), units.total(), units.totalPages());
    }

    private Optional<Documents> documents(Holder holder, UUID id) {
        try {
            return Optional.of(fleet.documents(holder.path(), id));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 403 || e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static String oneOf(String value, String... allowed) {
        return value != null && List.of(allowed).contains(value) ? value : null;
    }
}
