package dev.opsuite.field.parts.domain;

/** Where a part reservation stands: asked of inventory, held there, refused there, or used up on the job. */
public enum PartReservationStatus { REQUESTED, CONFIRMED, REJECTED, USED }
