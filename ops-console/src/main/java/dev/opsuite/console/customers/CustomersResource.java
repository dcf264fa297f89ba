package dev.opsuite.console.customers;

import java.util.Comparator;
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

import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The CSR's screens (seed 002: "takes inbound calls; creates customers, service calls, and callback flags"): the
 * customers, a new customer, the customer's page (places, service calls with their jobs, job history), opening a
 * service call for them (with the callback flag) and the call's jobs.
 */
@Path("/customers")
@Produces(MediaType.TEXT_HTML)
public class CustomersResource {

    static final String SERVICE = "field-service";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<Customers.Customer> customers, Paging paging);

        static native TemplateInstance create(CustomerForm form, Problem problem);

        static native TemplateInstance customer(Customers.Customer customer, List<Customers.Place> places,
                List<Customers.CallWithJobs> calls, Customers.History history, Map<UUID, String> jobTitles,
                PlaceForm place, Problem problem, String notice);

        static native TemplateInstance openCall(Customers.Customer customer, List<Customers.Place> places,
                List<Customers.ServiceCall> earlierCalls, ServiceCallForm form, Problem problem);

        static native TemplateInstance call(Customers.Customer customer, Customers.ServiceCall call,
                Map<UUID, String> placeNames, String callbackOfNumber, List<Customers.Job> jobs, JobForm form,
                Problem problem, String notice);
    }

    @Inject
    @RestClient
    FieldIntakeApi field;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("orderBy") @DefaultValue("name") String orderBy,
            @QueryParam("order") @DefaultValue("asc") String order,
            @QueryParam("search") String search) {
        Paging paging = Paging.of("/customers", page, size, orderBy, order).filter("search", search);
        return Templates.list(field.customers(paging.page(), paging.size(), paging.orderBy(), paging.order(),
                FormInput.text(search)), paging);
    }

    @GET
    @Path("/new")
    public TemplateInstance createForm() {
        return Templates.create(CustomerForm.empty(), null);
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("phone") String phone,
            @FormParam("email") String email, @FormParam("serviceAddress.line1") String line1,
            @FormParam("serviceAddress.city") String city, @FormParam("serviceAddress.postalCode") String postalCode) {
        CustomerForm form = new CustomerForm(name, phone, email, line1, city, postalCode);
        try {
            Customers.Customer created = field.register(form.toRequest());
            return FormInput.seeOther("/customers/" + created.id() + "?notice=created");
        } catch (WebApplicationException e) {
            Problem problem = FormInput.mendable(SERVICE, e);
            return FormInput.again(problem, Templates.create(form, problem));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance customer(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return customerPage(id, PlaceForm.empty(), null, notice(notice));
    }

    @POST
    @Path("/{id}/places")
    public Response addPlace(@PathParam("id") UUID id, @FormParam("label") String label,
            @FormParam("address.line1") String line1, @FormParam("address.city") String city,
            @FormParam("address.postalCode") String postalCode, @FormParam("accessNotes") String accessNotes) {
        PlaceForm form = new PlaceForm(label, line1, city, postalCode, accessNotes);
        try {
            field.addLocation(id, form.toRequest());
            return FormInput.seeOther("/customers/" + id + "?notice=place-added#places-h");
        } catch (WebApplicationException e) {
            Problem problem = FormInput.mendable(SERVICE, e);
            return FormInput.again(problem, customerPage(id, form, problem, null));
        }
    }

    private TemplateInstance customerPage(UUID id, PlaceForm place, Problem problem, String notice) {
        Customers.Customer customer = field.customer(id);
        Customers.History history = field.history(id);
        List<Customers.CallWithJobs> calls = history.serviceCallIds().stream()
                .map(callId -> new Customers.CallWithJobs(field.serviceCall(callId), field.jobs(callId)))
                .sorted(Comparator.comparing((Customers.CallWithJobs c) -> c.call().createdAt()).reversed())
                .toList();
        Map<UUID, String> jobTitles = calls.stream().flatMap(c -> c.jobs().stream())
                .collect(Collectors.toMap(Customers.Job::id, Customers.Job::title, (a, b) -> a));
        return Templates.customer(customer, field.locations(id), calls, history, jobTitles, place, problem, notice);
    }

    @GET
    @Path("/{id}/calls/new")
    public TemplateInstance openCallForm(@PathParam("id") UUID id, @QueryParam("callbackOf") String callbackOf) {
        ServiceCallForm empty = ServiceCallForm.empty();
        ServiceCallForm form = new ServiceCallForm(empty.locationId(), empty.problem(), empty.urgency(),
                empty.windowFrom(), empty.windowTo(), callbackOf == null ? "" : callbackOf);
        return openCallPage(id, form, null);
    }

    @POST
    @Path("/{id}/calls")
    public Response openCall(@PathParam("id") UUID id, @FormParam("locationId") String locationId,
            @FormParam("problem") String problem, @FormParam("urgency") String urgency,
            @FormParam("preferredWindow.from") String from, @FormParam("preferredWindow.to") String to,
            @FormParam("callbackOf") String callbackOf) {
        ServiceCallForm form = new ServiceCallForm(locationId, problem, urgency, from, to, callbackOf);
        try {
            Customers.ServiceCall call = field.open(form.toRequest(id));
            return FormInput.seeOther("/customers/" + id + "/calls/" + call.id() + "?notice=opened");
        } catch (FormInput.Invalid invalid) {
            return FormInput.again(invalid.problem(), openCallPage(id, form, invalid.problem()));
        } catch (WebApplicationException e) {
            Problem refused = FormInput.mendable(SERVICE, e);
            return FormInput.again(refused, openCallPage(id, form, refused));
        }
    }

    @GET
    @Path("/{id}/calls/{callId}")
    public TemplateInstance call(@PathParam("id") UUID id, @PathParam("callId") UUID callId,
            @QueryParam("notice") String notice) {
        return callPage(id, callId, JobForm.empty(), null, notice(notice));
    }

    @POST
    @Path("/{id}/calls/{callId}/jobs")
    public Response addJob(@PathParam("id") UUID id, @PathParam("callId") UUID callId,
            @FormParam("title") String title, @FormParam("trade") String trade,
            @FormParam("skillLevel") String skillLevel, @FormParam("expectedMinutes") String expectedMinutes) {
        JobForm form = new JobForm(title, trade, skillLevel, expectedMinutes);
        try {
            field.addJob(callId, form.toRequest());
            return FormInput.seeOther("/customers/" + id + "/calls/" + callId + "?notice=job-added");
        } catch (FormInput.Invalid invalid) {
            return FormInput.again(invalid.problem(), callPage(id, callId, form, invalid.problem(), null));
        } catch (WebApplicationException e) {
            Problem problem = FormInput.mendable(SERVICE, e);
            return FormInput.again(problem, callPage(id, callId, form, problem, null));
        }
    }

    private TemplateInstance openCallPage(UUID id, ServiceCallForm form, Problem problem) {
        Customers.Customer customer = field.customer(id);
        List<Customers.ServiceCall> earlier = field.history(id).serviceCallIds().stream().map(field::serviceCall)
                .sorted(Comparator.comparing(Customers.ServiceCall::createdAt).reversed()).toList();
        return Templates.openCall(customer, field.locations(id), earlier, form, problem);
    }

    private TemplateInstance callPage(UUID id, UUID callId, JobForm form, Problem problem, String notice) {
        Customers.Customer customer = field.customer(id);
        Customers.ServiceCall call = field.serviceCall(callId);
        if (!call.customerId().equals(id)) {
            throw new WebApplicationException(Response.Status.NOT_FOUND);
        }
        Map<UUID, String> placeNames = field.locations(id).stream().collect(Collectors.toMap(Customers.Place::id,
                p -> (p.label() == null ? "" : p.label() + ": ") + p.address().oneLine()));
        String callbackOf = call.callbackOf() == null ? null : field.serviceCall(call.callbackOf()).number();
        return Templates.call(customer, call, placeNames, callbackOf, field.jobs(callId), form, problem, notice);
    }

    /** The short notices a redirect may carry (post/redirect/get); anything else shows nothing. */
    static String notice(String key) {
        return key == null ? null : switch (key) {
            case "created" -> "Customer created.";
            case "opened" -> "Service call opened.";
            case "job-added" -> "Job added to the call.";
            case "place-added" -> "Place added.";
            default -> null;
        };
    }
}
