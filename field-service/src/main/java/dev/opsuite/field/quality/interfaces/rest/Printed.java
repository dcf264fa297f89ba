package dev.opsuite.field.quality.interfaces.rest;

import dev.opsuite.field.quality.application.port.in.DocumentsQuery.Format;
import dev.opsuite.support.application.Rejection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** How a document answers: PDF inline, or the HTML print view; the format is the path's extension. */
final class Printed {

    static final String PDF = "application/pdf";

    private Printed() {
    }

    /** {@code pdf} or {@code html}; anything else is 404, as a path that does not exist. */
    static Format format(String extension) {
        return switch (extension) {
            case "pdf" -> Format.PDF;
            case "html" -> Format.HTML;
            default -> throw Rejection.notFound("document", extension).toException();
        };
    }

    static Response response(byte[] bytes, Format format, String name) {
        if (format == Format.HTML) {
            return Response.ok(bytes, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(bytes, PDF).header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"").build();
    }
}
