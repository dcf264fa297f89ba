package dev.opsuite.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, as every error of the suite is answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://opsuite.dev/problems/";

    /** One field at fault: a JSON path into the request body, a query parameter or a header. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(String code, int status, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, instance, errors == null || errors.isEmpty() ? null : errors);
    }
}
