package dev.opsuite.console.fleet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/** Words the fleet templates use ({@code {fleet:docType(d.type)}}): the seed's names of document types, codes in words, URL parts. */
public final class FleetText {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("REGISTRATION", "Registration"),
            Map.entry("INSURANCE", "Insurance"),
            Map.entry("KASKO_INSURANCE", "KASKO insurance"),
            Map.entry("ANNUAL_INSPECTION", "Annual inspection (STK)"),
            Map.entry("TACHOGRAPH_CALIBRATION", "Tachograph calibration"),
            Map.entry("CMR_INSURANCE", "CMR insurance"),
            Map.entry("REFRIGERATION_SERVICE", "Refrigeration service"),
            Map.entry("DRIVING_LICENCE", "Driving licence"),
            Map.entry("DRIVER_CARD", "Driver card (tachograph)"),
            Map.entry("PROFESSIONAL_QUALIFICATION", "Professional qualification (code 95)"));

    private static final List<String> TYPES = List.of("REGISTRATION", "INSURANCE", "KASKO_INSURANCE", "ANNUAL_INSPECTION",
            "TACHOGRAPH_CALIBRATION", "CMR_INSURANCE", "REFRIGERATION_SERVICE", "DRIVING_LICENCE", "DRIVER_CARD",
            "PROFESSIONAL_QUALIFICATION");

    private FleetText() {
    }

    @TemplateExtension(namespace = "fleet")
    public static String docType(String type) {
        return type == null ? "" : LABELS.getOrDefault(type, type.charAt(0) + type.substring(1).toLowerCase().replace('_', ' '));
    }

    public static String label(String type) {
        return docType(type);
    }

    /** Every document type, in the seed's order (the list's type filter). */
    @TemplateExtension(namespace = "fleet")
    public static List<String> documentTypes() {
        return TYPES;
    }

    /** The holders' subjectType values (the list's holder filter). */
    @TemplateExtension(namespace = "fleet")
    public static List<String> holders() {
        return List.of("VEHICLE", "TRAILER", "DRIVER");
    }

    /** The console's path segment of a holder: VEHICLE → vehicles. */
    @TemplateExtension(namespace = "fleet")
    public static String holderPath(String subjectType) {
        Holder holder = Holder.of(subjectType);
        return holder == null ? "" : holder.path();
    }

    /** A value for a query parameter (e.g. the list to go back to). */
    @TemplateExtension(namespace = "fleet")
    public static String url(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An enum-ish code in words: IN_REPAIR → in repair. */
    @TemplateExtension(namespace = "fleet")
    public static String words(String code) {
        return code == null ? "" : code.toLowerCase().replace('_', ' ');
    }
}
