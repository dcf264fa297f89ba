package dev.opsuite.console.stock;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.customers.FormInput;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/**
 * The parts manager's truck inventory (seed 002: "reconciles truck inventory; fills part reservations for blocked
 * jobs"): a truck's stock as inventory last reported it, the part reservations (by status or job), the blocked jobs
 * with their age, reserving a part for a blocked job from the truck, and giving a reservation back.
 */
@Path("/truck-stock")
@Produces(MediaType.TEXT_HTML)
public class TruckStockResource {

    static final String SERVICE = "field-service";

    /** The page's state, all of it in the URL: the truck, the reservations' filters and paging. */
    record View(Paging paging, UUID truck) {

        String href(String notice) {
            return paging.href(paging.page()) + (notice == null ? "" : "&notice=" + notice);
        }
    }

    /** The cancel form of one reservation, when it was refused (its reason kept, its problem shown in its row). */
    public record CancelAttempt(UUID reservationId, String reason, Problem problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<Stock.TruckChoice> trucks, Stock.TruckChoice truck,
                List<Stock.Level> stock, Page<Stock.Reservation> reservations, Paging paging,
                List<Stock.BlockedJob> blocked, Map<UUID, String> jobTitles, Map<UUID, String> truckNames,
                Map<UUID, String> technicianNames, ReserveForm reserve, Problem problem, CancelAttempt cancel,
                String notice);
    }

    @Inject
    @RestClient
    FieldPartsApi field;

    @GET
    public TemplateInstance page(@QueryParam("truck") String truck, @QueryParam("status") String status,
            @QueryParam("job") String job, @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size, @QueryParam("orderBy") String orderBy,
            @QueryParam("order") @DefaultValue("desc") String order, @QueryParam("reserveFor") String reserveFor,
            @QueryParam("notice") String notice) {
        View view = view(truck, status, job, page, size, orderBy, order);
        return render(view, new ReserveForm(reserveFor, "", "1", ""), null, null, notice(notice));
    }

    @POST
    @Path("/reservations")
    public Response reserve(@FormParam("jobId") String jobId, @FormParam("productId") String productId,
            @FormParam("quantity") String quantity, @FormParam("locationId") String locationId,
            @FormParam("truck") String truck, @FormParam("status") String status, @FormParam("job") String job) {
        ReserveForm form = new ReserveForm(jobId, productId, quantity, locationId);
        View view = view(truck, status, job, 1, 20, null, "desc");
        try {
            field.reserve(form.job(), form.toRequest());
            return FormInput.seeOther(view.href("reserved"));
        } catch (FormInput.Invalid invalid) {
            return FormInput.again(invalid.problem(), render(view, form, invalid.problem(), null, null));
        } catch (WebApplicationException e) {
            Problem problem = FormInput.mendable(SERVICE, e);
            return FormInput.again(problem, render(view, form, problem, null, null));
        }
    }

    @POST
    @Path("/reservations/{id}/cancel")
    public Response cancel(@PathParam("id") UUID id, @FormParam("reason") String reason,
            @FormParam("truck") String truck, @FormParam("status") String status, @FormParam("job") String job) {
        View view = view(truck, status, job, 1, 20, null, "desc");
        try {
            field.cancel(id, new Stock.Cancel(FormInput.text(reason)));
            return FormInput.seeOther(view.href("cancelled"));
        } catch (WebApplicationException e) {
            Problem problem = FormInput.mendable(SERVICE, e);
            return FormInput.again(problem, render(view, new ReserveForm("", "", "1", ""), null,
                    new CancelAttempt(id, reason, problem), null));
        }
    }

    private static View view(String truck, String status, String job, int page, int size, String orderBy,
            String order) {
        Paging paging = Paging.of("/truck-stock", page, size, orderBy, order).filter("truck", truck)
                .filter("status", status).filter("job", job);
        return new View(paging, FormInput.id(truck));
    }

    private TemplateInstance render(View view, ReserveForm reserve, Problem problem, CancelAttempt cancel,
            String notice) {
        List<Stock.Technician> technicians = technicians();
        List<Stock.TruckChoice> trucks = technicians.stream().filter(Stock.Technician::drives)
                .map(t -> new Stock.TruckChoice(t.truck().truckLocationId(), t.name() + "’s truck")).toList();
        Map<UUID, String> truckNames = trucks.stream()
                .collect(Collectors.toMap(Stock.TruckChoice::locationId, Stock.TruckChoice::label, (a, b) -> a));
        UUID truckId = view.truck() != null ? view.truck() : trucks.isEmpty() ? null : trucks.get(0).locationId();
        Stock.TruckChoice truck = truckId == null ? null
                : new Stock.TruckChoice(truckId, truckNames.getOrDefault(truckId, "Truck " + shortId(truckId)));
        List<Stock.Level> stock = truckId == null ? List.of() : field.truckStock(truckId).items();
        List<Stock.BlockedJob> blocked = field.blockedJobs();
        Map<UUID, String> jobTitles = blocked.stream()
                .collect(Collectors.toMap(Stock.BlockedJob::jobId, Stock.BlockedJob::title, (a, b) -> a));
        Map<UUID, String> technicianNames = technicians.stream()
                .collect(Collectors.toMap(Stock.Technician::id, Stock.Technician::name, (a, b) -> a));
        Paging paging = truckId == null ? view.paging() : view.paging().filter("truck", truckId.toString());
        ReserveForm form = reserve.locationId().isBlank() && truckId != null
                ? new ReserveForm(reserve.jobId(), reserve.productId(), reserve.quantity(), truckId.toString())
                : reserve;
        return Templates.page(trucks, truck, stock, reservations(paging), paging, blocked, jobTitles,
                truckNames, technicianNames, form, problem, cancel, notice);
    }

    /** The reservations: of one job (its own list, filtered by status here), else the paged list by status. */
    private Page<Stock.Reservation> reservations(Paging paging) {
        String status = FormInput.text(paging.value("status"));
        UUID job = FormInput.id(paging.value("job"));
        if (job == null) {
            return field.reservations(paging.page(), paging.size(), paging.orderBy(), paging.order(), status);
        }
        List<Stock.Reservation> ofJob = field.reservationsOfJob(job).items().stream()
                .filter(r -> status == null || status.equals(r.status())).toList();
        return new Page<>(ofJob, 1, Math.max(ofJob.size(), 1), ofJob.size(), 1);
    }

    /** The trucks are the technicians' (who drives which); a role that may not list technicians sees none to pick. */
    private List<Stock.Technician> technicians() {
        try {
            return field.technicians();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 403) {
                return List.of();
            }
            throw e;
        }
    }

    static String notice(String key) {
        return key == null ? null : switch (key) {
            case "reserved" -> "Part asked of inventory: the reservation is REQUESTED until inventory answers.";
            case "cancelled" -> "Reservation cancelled: inventory releases what it still holds.";
            default -> null;
        };
    }

    /** A quantity as counted: 3, 2.5 (inventory answers 3.000). */
    @TemplateExtension(namespace = "office")
    static String qty(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }

    /** Whether the jobs' titles name the job of a filter (the URL's id); a malformed id names none. */
    @TemplateExtension
    static boolean names(Map<UUID, String> jobTitles, String id) {
        try {
            return id != null && !id.isBlank() && jobTitles.containsKey(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The first 8 hex digits of an id, for ids the screen has no name for (products: see docs/office.md). */
    @TemplateExtension
    static String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }
}
