package dev.opsuite.field.jobs.domain;

/** What the technician found on site and what caused it. */
public record Diagnosis(String findings, String cause) {
}
