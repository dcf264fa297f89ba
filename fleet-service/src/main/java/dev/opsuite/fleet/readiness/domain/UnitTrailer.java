package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import java.util.UUID;

/** The trailer of a transport unit as its readiness needs it. */
public record UnitTrailer(UUID id, TrailerType type, TrailerStatus status) {
}
