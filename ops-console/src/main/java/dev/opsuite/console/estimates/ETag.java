package dev.opsuite.console.estimates;

/** The services' ETags are the record's version in quotes ("3"); If-Match sends one back. */
public final class ETag {

    private ETag() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The If-Match of a hidden form input holding the version read with the page (none when absent). */
    public static String ifMatch(String version) {
        return version == null || version.isBlank() ? null : of(Long.parseLong(version.trim()));
    }
}
