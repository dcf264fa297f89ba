package dev.opsuite.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests to the service's management port (health, metrics, OpenAPI), which the public port does not serve. */
public final class Management {

    private Management() {
    }

    /** Paths as the services document them: {@code Management.given().get("/q/health/ready")}. */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri(baseUri()).port(-1);
    }

    /** The management base URL of the service under test, e.g. {@code http://127.0.0.1:40123}. */
    public static String baseUri() {
        String uri = TestHTTPResourceManager.getManagementUri(); // ends in the non-application root, /q
        return uri.endsWith("/q") ? uri.substring(0, uri.length() - 2) : uri;
    }
}
