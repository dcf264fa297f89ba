package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.accidents.application.port.in.FindAccidentsQuery.AccidentFilter;
import dev.opsuite.fleet.accidents.application.port.out.AccidentPhotoStore;
import dev.opsuite.fleet.accidents.application.port.out.AccidentStore;
import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentPhoto;
import dev.opsuite.fleet.accidents.domain.AccidentStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accidents and their photos (with their bytes) in memory. */
public final class InMemoryAccidents implements AccidentStore, AccidentPhotoStore {

    private final Map<UUID, Accident> accidents = new LinkedHashMap<>();
    private final List<AccidentPhoto> photos = new ArrayList<>();
    private final Map<UUID, byte[]> contents = new HashMap<>();

    @Override
    public Uni<Optional<Accident>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(accidents.get(id)).filter(a -> a.tenantId().equals(tenantId))
                .map(InMemoryAccidents::copy));
    }

    @Override
    public Uni<Optional<Accident>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Page<Accident>> search(String tenantId, AccidentFilter filter, PageRequest page) {
        List<Accident> matching = accidents.values().stream().filter(a -> a.tenantId().equals(tenantId))
                .filter(a -> filter.vehicleId() == null || a.vehicleId().equals(filter.vehicleId()))
                .filter(a -> filter.driverId() == null || a.driverId().equals(filter.driverId()))
                .filter(a -> filter.orderReference() == null || filter.orderReference().equals(a.orderReference()))
                .filter(a -> filter.statuses() == null || filter.statuses().isEmpty()
                        || filter.statuses().contains(a.status()))
                .toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<Accident> add(Accident accident) {
        accidents.put(accident.id(), copy(accident));
        return Uni.createFrom().item(copy(accident));
    }

    @Override
    public Uni<Accident> save(Accident accident) {
        return add(accident);
    }

    @Override
    public Uni<Long> countOpen(String tenantId, UUID vehicleId, UUID exceptId) {
        return Uni.createFrom().item(accidents.values().stream().filter(a -> a.tenantId().equals(tenantId)
                && a.vehicleId().equals(vehicleId) && !a.id().equals(exceptId) && a.status() == AccidentStatus.REPORTED)
                .count());
    }

    @Override
    public Uni<AccidentPhoto> add(AccidentPhoto photo, byte[] content) {
        photos.add(photo);
        contents.put(photo.id(), content.clone());
        return Uni.createFrom().item(photo);
    }

    @Override
    public Uni<Long> count(String tenantId, UUID accidentId) {
        return Uni.createFrom().item((long) of(tenantId, accidentId).await().indefinitely().size());
    }

    @Override
    public Uni<List<AccidentPhoto>> of(String tenantId, UUID accidentId) {
        return Uni.createFrom().item(photos.stream().filter(p -> p.tenantId().equals(tenantId)
                && p.accidentId().equals(accidentId)).toList());
    }

    @Override
    public Uni<byte[]> content(String tenantId, UUID accidentId, UUID photoId) {
        return of(tenantId, accidentId).map(list -> list.stream().anyMatch(p -> p.id().equals(photoId))
                ? contents.get(photoId) : null);
    }

    /** What a row holds: the stored accident changes only when it is saved, as in the database. */
    private static Accident copy(Accident a) {
        return new Accident(a.envelope(), a.number(), a.circumstances(), a.damage(), a.status(), a.claim(), a.settlement());
    }
}
