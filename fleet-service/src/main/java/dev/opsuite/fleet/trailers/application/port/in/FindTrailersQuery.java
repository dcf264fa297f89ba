package dev.opsuite.fleet.trailers.application.port.in;

import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.kernel.application.TenantLookup;

/** The trailers of a tenant as the other capabilities of the fleet name them (an empty answer is theirs to judge). */
public interface FindTrailersQuery extends TenantLookup<Trailer> {
}
