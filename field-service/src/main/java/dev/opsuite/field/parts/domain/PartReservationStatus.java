package dev.opsuite.field.parts.domain;

/** Where a part reservation stands: asked of inventory, held there, refused there, used up on the job, or given back. */
public enum PartReservationStatus { REQUESTED, CONFIRMED, REJECTED, USED, CANCELLED }
