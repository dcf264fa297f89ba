package dev.opsuite.console.signin;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.opsuite.console.web.Menu;
import dev.opsuite.console.web.NoSignIn;
import dev.opsuite.console.web.Session;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Local sign-in: the user picks a role and a tenant, the console signs a token for them (LocalTokens) and keeps it
 * in an HttpOnly cookie. Production replaces this page with quarkus-oidc's code flow against Keycloak.
 */
@NoSignIn
@Path("/")
public class SignInResource {

    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(List<String> roles, String role, String tenant, String user, String roleError,
                String tenantError, String userError);
    }

    @Inject
    LocalTokens tokens;

    @ConfigProperty(name = "opsuite.console.roles")
    List<String> roles;

    /** Set by ./suite up (and the tests); off by default, so a console without it never signs a token itself. */
    @ConfigProperty(name = "opsuite.console.local-sign-in", defaultValue = "false")
    boolean localSignIn;

    @GET
    public Response home(@CookieParam(Session.COOKIE) String token) {
        return Response.seeOther(URI.create(Session.of(token).map(s -> Menu.landing(s.role())).orElse("/sign-in"))).build();
    }

    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        if (!localSignIn) {
            return localSignInOff();
        }
        return Response.ok(Templates.signIn(roles, "dispatcher", "demo", "", null, null, null)).build();
    }

    @POST
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("role") String role, @FormParam("tenant") String tenant, @FormParam("user") String user) {
        if (!localSignIn) {
            return localSignInOff();
        }
        String who = user == null || user.isBlank() ? "dev-" + role : user.trim();
        String roleError = roles.contains(role) ? null : "Pick one of the roles.";
        String tenantError = tenant != null && TENANT.matcher(tenant).matches() ? null
                : "Lower-case letters, digits and dashes, up to 40.";
        String userError = USER.matcher(who).matches() ? null : "Letters, digits and . _ @ -, up to 64.";
        if (roleError != null || tenantError != null || userError != null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.signIn(roles, role, tenant, user, roleError, tenantError, userError)).build();
        }
        NewCookie cookie = new NewCookie.Builder(Session.COOKIE)
                .value(tokens.mint(who, role, tenant))
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.seeOther(URI.create(Menu.landing(role))).cookie(cookie).build();
    }

    private static Response localSignInOff() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN)
                .entity("Local sign-in is off (opsuite.console.local-sign-in). Sign in through the identity provider.")
                .build();
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        NewCookie gone = new NewCookie.Builder(Session.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/sign-in")).cookie(gone).build();
    }
}
