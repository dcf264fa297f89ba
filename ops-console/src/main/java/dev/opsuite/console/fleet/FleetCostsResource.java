package dev.opsuite.console.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.fleet.FleetViews.Expense;
import dev.opsuite.console.web.BarChart;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Costs (seed 004 "Cost per vehicle analytics"): vehicle expenses with the service's filters (vehicle, category,
 * currency, days), and the gross cost per vehicle of the same filters as a bar chart, one per currency (amounts in
 * different currencies are never added up).
 */
@Path("/fleet/costs")
public class FleetCostsResource {

    /** At most this many expenses are summed for the chart (5 pages of the service's largest page). */
    static final int CHART_PAGES = 5;

    static final List<String> CATEGORIES = List.of("FUEL", "TOLL", "PARKING", "INTERNAL_SERVICE", "EXTERNAL_SERVICE",
            "REPAIR", "TYRES", "INSURANCE", "FINE", "OTHER");

    /** One currency's costs of a vehicle, with its chart by category. */
    public record CurrencyCosts(FleetViews.VehicleCurrencyTotal total, BarChart chart) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vehicle(FleetViews.VehicleCosts costs, List<CurrencyCosts> currencies);

        static native TemplateInstance list(Page<Expense> expenses, Paging paging, FleetNames names, List<BarChart> charts,
                List<String> categories);
    }

    @Inject
    @RestClient
    FleetApi fleet;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@BeanParam TableParams table, @QueryParam("category") String category,
            @QueryParam("currency") String currency, @QueryParam("incurredFrom") String incurredFrom,
            @QueryParam("incurredTo") String incurredTo) {
        Paging paging = table.paging("/fleet/costs", 20, "incurredOn", "desc").filter("vehicleId", table.vehicleId)
                .filter("category", category).filter("currency", currency).filter("incurredFrom", incurredFrom)
                .filter("incurredTo", incurredTo);
        Page<Expense> expenses = page(paging, paging.page(), paging.size());
        FleetNames names = FleetNames.read(fleet);
        List<Expense> all = new ArrayList<>(expenses.items());
        if (expenses.totalPages() > 1 || paging.page() > 1) {
            all.clear();
            for (int p = 1; p <= CHART_PAGES; p++) {
                Page<Expense> more = page(paging, p, 200);
                all.addAll(more.items());
                if (!more.hasNext()) {
                    break;
                }
            }
        }
        List<BarChart> charts = all.stream().map(Expense::currency).distinct().sorted()
                .map(c -> FleetCharts.costsPerVehicle(all, c, names::vehicle)).toList();
        return Templates.list(expenses, paging, names, charts, CATEGORIES);
    }

    /** A vehicle's costs of a year (this year to date unless {@code year} is given), per currency and category. */
    @GET
    @Path("vehicles/{vehicleId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance vehicle(@PathParam("vehicleId") UUID vehicleId, @QueryParam("year") String year) {
        FleetViews.VehicleCosts costs = fleet.vehicleCosts(vehicleId, year == null || year.isBlank() ? null : year);
        return Templates.vehicle(costs,
                costs.totals().stream().map(t -> new CurrencyCosts(t, FleetCharts.byCategory(t))).toList());
    }

    private Page<Expense> page(Paging paging, int page, int size) {
        return fleet.expenses(page, size, paging.orderBy(), paging.order(), TableParams.given(paging, "vehicleId"),
                TableParams.given(paging, "category"), TableParams.given(paging, "currency"),
                TableParams.given(paging, "incurredFrom"), TableParams.given(paging, "incurredTo"));
    }
}
