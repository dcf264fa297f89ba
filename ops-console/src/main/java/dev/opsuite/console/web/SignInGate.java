package dev.opsuite.console.web;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every page but those marked {@link NoSignIn} needs someone signed in: without a token cookie the browser is sent to
 * /sign-in (an htmx request gets HX-Redirect, so the whole page changes, not a fragment). Static files are served
 * before JAX-RS and never reach this filter. The token is not verified here: the services verify it on every call.
 */
public class SignInGate {

    @Inject
    SignedIn signedIn;

    @ServerRequestFilter
    public Optional<Response> requireSignIn(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        Cookie cookie = request.getCookies().get(Session.COOKIE);
        Optional<Session> session = Session.of(cookie == null ? null : cookie.getValue());
        session.ifPresent(signedIn::set);
        signedIn.at(path);
        if (session.isPresent() || resource.getResourceClass().isAnnotationPresent(NoSignIn.class)) {
            return Optional.empty();
        }
        return Optional.of(toSignIn(request.getHeaderString("HX-Request") != null));
    }

    /** 303 to the sign-in page; for htmx, a 200 with HX-Redirect (htmx follows it as a full page load). */
    public static Response toSignIn(boolean htmx) {
        return htmx ? Response.ok().header("HX-Redirect", "/sign-in").build()
                : Response.seeOther(URI.create("/sign-in")).build();
    }
}
