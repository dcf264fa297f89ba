package dev.opsuite.field.quality.application.port.out;

/** Prints a document: its template filled with {@code model}, as XHTML (the print view) or PDF. Blocking, CPU-bound. */
public interface DocumentRenderer {

    /** The documents quality prints, each a template of its own. */
    enum Kind { JOB_SHEET, DISPATCH_REPORT, CUSTOMER_HISTORY, PARTS_REPORT }

    String html(Kind kind, Object model);

    byte[] pdf(Kind kind, Object model);
}
