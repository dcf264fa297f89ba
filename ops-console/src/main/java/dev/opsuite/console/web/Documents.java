package dev.opsuite.console.web;

import jakarta.ws.rs.core.Response;

/**
 * A document a service rendered (PDF, the QuickBooks file), fetched with the user's token and handed to the browser
 * as it came: the console never renders a document itself, so it prints exactly what the service keeps.
 */
public final class Documents {

    private Documents() {
    }

    /** Shown in the browser's viewer (print from there). */
    public static Response pdf(byte[] body, String filename) {
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }

    /** Saved as a file (e.g. the IIF a bookkeeper imports). */
    public static Response download(byte[] body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
