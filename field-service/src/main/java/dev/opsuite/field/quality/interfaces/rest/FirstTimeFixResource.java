package dev.opsuite.field.quality.interfaces.rest;

import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.field.quality.application.port.in.FirstTimeFixQuery;
import dev.opsuite.field.quality.domain.FirstTimeFixReport;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** First-time fix, per technician and overall (docs/quality.md). */
@Path("/quality/first-time-fix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
public class FirstTimeFixResource {

    private final FirstTimeFixQuery firstTimeFix;
    private final Caller caller;
    private final Clock clock;

    public FirstTimeFixResource(FirstTimeFixQuery firstTimeFix, Caller caller, Clock clock) {
        this.firstTimeFix = firstTimeFix;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "First-time fix over the rolling 30 days ending asOf (now without it), per technician and overall")
    public Uni<FirstTimeFixReport> firstTimeFix(@QueryParam("asOf") String asOf) {
        Instant at = asOf == null ? clock.instant() : QueryParams.instant("asOf", asOf);
        return firstTimeFix.firstTimeFix(caller.tenantId(), at);
    }
}
