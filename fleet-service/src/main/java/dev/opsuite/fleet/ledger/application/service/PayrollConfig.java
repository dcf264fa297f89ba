package dev.opsuite.fleet.ledger.application.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** {@code fleet.payroll.*}: the zone whose calendar day decides the pay period (year-month) a ledger entry falls into. */
@ConfigMapping(prefix = "fleet.payroll")
public interface PayrollConfig {

    @WithDefault("Europe/Prague")
    ZoneId timeZone();
}
