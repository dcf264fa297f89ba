package dev.opsuite.console.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The signed-in user's token on every call to a service ({@code @RegisterClientHeaders(BearerHeaders.class)} on each
 * REST client), so no client method carries an Authorization parameter. Production (quarkus-oidc) would propagate
 * the access token instead.
 */
@ApplicationScoped
public class BearerHeaders implements ClientHeadersFactory {

    @Inject
    SignedIn signedIn;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        signedIn.current().ifPresent(session -> headers.putSingle("Authorization", session.bearer()));
        return headers;
    }
}
