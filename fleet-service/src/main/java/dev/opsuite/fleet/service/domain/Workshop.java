package dev.opsuite.fleet.service.domain;

/** Who does the work: the company's INTERNAL workshop, or an EXTERNAL service provider of the directory. */
public enum Workshop {
    INTERNAL, EXTERNAL
}
