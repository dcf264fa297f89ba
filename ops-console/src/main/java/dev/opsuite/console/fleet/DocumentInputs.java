package dev.opsuite.console.fleet;

import jakarta.ws.rs.FormParam;

/** The posted document form ({@code @BeanParam}) of a correction or a renewal, and the list to go back to. */
public class DocumentInputs {

    @FormParam("number")
    String number;

    @FormParam("validFrom")
    String validFrom;

    @FormParam("validUntil")
    String validUntil;

    @FormParam("note")
    String note;

    /** The version the correction was read at (a renewal has none). */
    @FormParam("version")
    long version;

    @FormParam("back")
    String back;

    DocumentForm form() {
        return new DocumentForm(number, validFrom, validUntil, note, version);
    }
}
