package dev.opsuite.fleet.documents.domain;


/**
 * The documents seed 004 tracks, and the two it mentions without making them a must: comprehensive
 * (KASKO) insurance beside the compulsory liability insurance, and insurance of a trailer. Which
 * holder needs which is {@link DocumentPolicy}'s business.
 */
public enum DocumentType {
    /** Vehicle or trailer registration (Technický průkaz). */
    REGISTRATION,
    /** Compulsory motor liability insurance (the seed's OSAGO). */
    INSURANCE,
    /** Comprehensive insurance (the seed's KASKO); optional. */
    KASKO_INSURANCE,
    /** Annual technical inspection (STK). */
    ANNUAL_INSPECTION,
    TACHOGRAPH_CALIBRATION,
    /** Carrier's liability insurance under the CMR convention. */
    CMR_INSURANCE,
    /** Service of a frigo trailer's refrigeration unit. */
    REFRIGERATION_SERVICE,
    DRIVING_LICENCE,
    /** The driver's digital tachograph card. */
    DRIVER_CARD,
    /** Certificate of professional competence (driver qualification card, code 95). */
    PROFESSIONAL_QUALIFICATION
}
