package dev.opsuite.console.fleet;

import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/** The seed's names of document types ({@code {fleet:docType(d.type)}} in templates). */
public final class DocumentTypes {

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

    private DocumentTypes() {
    }

    @TemplateExtension(namespace = "fleet")
    public static String docType(String type) {
        return type == null ? "" : LABELS.getOrDefault(type, type.charAt(0) + type.substring(1).toLowerCase().replace('_', ' '));
    }

    public static String label(String type) {
        return docType(type);
    }

    /** An enum-ish code in words: IN_REPAIR → in repair. */
    @TemplateExtension(namespace = "fleet")
    public static String words(String code) {
        return code == null ? "" : code.toLowerCase().replace('_', ' ');
    }
}
