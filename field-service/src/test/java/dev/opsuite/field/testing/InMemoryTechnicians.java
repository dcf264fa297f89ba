package dev.opsuite.field.testing;

import dev.opsuite.field.technicians.application.port.out.TechnicianStore;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Technicians in memory, with the one-login-one-technician rule the database holds. */
public final class InMemoryTechnicians extends InMemoryStore<Technician> implements TechnicianStore {

    public InMemoryTechnicians() {
        super(Technician::id, Technician::tenantId);
    }

    @Override
    public Uni<Optional<Technician>> ofUser(String tenantId, String userId) {
        return Uni.createFrom().item(records.of(tenantId).filter(t -> t.userId().equals(userId)).findFirst());
    }

    @Override
    public Uni<List<Technician>> all(String tenantId) {
        return Uni.createFrom().item(records.of(tenantId).sorted(Comparator.comparing(Technician::name)).toList());
    }

    @Override
    public Uni<Technician> add(Technician technician) {
        if (records.of(technician.tenantId()).anyMatch(t -> t.userId().equals(technician.userId()))) {
            throw new IllegalStateException("technician_user_unique");
        }
        return records.saved(technician);
    }

    @Override
    public Uni<Technician> update(Technician technician) {
        Technician t = technician;
        return records.saved(new Technician(t.envelope().withVersion(t.version() + 1), t.userId(), t.name(), t.timeZone(),
                t.skills(), t.workingHours(), t.truck(), t.timeOff()));
    }
}
