package dev.opsuite.console.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A service call that fails where the page has no form to show it in: the page becomes the problem (title, detail,
 * fields), with the service's status. A 401 (expired or foreign token) sends the user to sign in again. Forms catch
 * their own call failures instead and show them next to their inputs.
 */
public class ProblemPages {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance problem(Problem problem);
    }

    @Inject
    SignedIn signedIn;

    @ServerExceptionMapper
    public Response serviceAnswered(ClientWebApplicationException failure, HttpHeaders headers) {
        return page(Problem.of(failure.getResponse()), headers);
    }

    @ServerExceptionMapper
    public Response serviceUnreachable(ProcessingException failure, HttpHeaders headers) {
        return page(Problem.of("a service", failure), headers);
    }

    private Response page(Problem problem, HttpHeaders headers) {
        if (problem.signInAgain()) {
            return SignInGate.toSignIn(headers.getHeaderString("HX-Request") != null);
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.problem(problem)).build();
    }
}
