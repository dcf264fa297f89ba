package dev.opsuite.console.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A boosted form that comes back refused is the same page again, with its problem: htmx would push the form's action
 * (a POST-only URL) into the location bar, and a reload would then fail. Such answers say {@code HX-Push-Url: false},
 * so the bar keeps the page's URL. A form that succeeds redirects (303) to a page, whose URL htmx pushes.
 */
public class FormHistory {

    @ServerResponseFilter
    public void keepThePageUrl(ContainerRequestContext request, ContainerResponseContext response) {
        boolean boostedPost = "POST".equals(request.getMethod()) && request.getHeaderString("HX-Request") != null;
        if (boostedPost && response.getStatus() / 100 != 3 && !response.getHeaders().containsKey("HX-Push-Url")) {
            response.getHeaders().putSingle("HX-Push-Url", "false");
        }
    }
}
