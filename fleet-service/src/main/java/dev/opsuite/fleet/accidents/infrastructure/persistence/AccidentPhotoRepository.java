package dev.opsuite.fleet.accidents.infrastructure.persistence;

import dev.opsuite.fleet.accidents.application.port.out.AccidentPhotoStore;
import dev.opsuite.fleet.accidents.domain.AccidentPhoto;
import dev.opsuite.support.domain.ImageType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AccidentPhotoRepository implements PanacheRepositoryBase<AccidentPhotoEntity, UUID>, AccidentPhotoStore {

    private static final String METADATA = "select id, tenantId, accidentId, contentType, sizeBytes, sha256, originalFilename, "
            + "createdBy, createdAt from AccidentPhotoEntity where tenantId = :tenantId and accidentId = :accidentId "
            + "order by createdAt, id";

    @Override
    public Uni<AccidentPhoto> add(AccidentPhoto p, byte[] content) {
        AccidentPhotoEntity e = new AccidentPhotoEntity();
        e.id = p.id();
        e.tenantId = p.tenantId();
        e.accidentId = p.accidentId();
        e.contentType = p.type().mediaType();
        e.sizeBytes = p.size();
        e.sha256 = p.sha256();
        e.originalFilename = p.originalFilename();
        e.content = content;
        e.createdBy = p.uploadedBy();
        e.createdAt = p.uploadedAt();
        return persist(e).call(this::flush).replaceWith(p);
    }

    @Override
    public Uni<Long> count(String tenantId, UUID accidentId) {
        return count("tenantId = ?1 and accidentId = ?2", tenantId, accidentId);
    }

    @Override
    public Uni<List<AccidentPhoto>> of(String tenantId, UUID accidentId) {
        return getSession().chain(s -> s.createSelectionQuery(METADATA, Object[].class)
                        .setParameter("tenantId", tenantId).setParameter("accidentId", accidentId).getResultList())
                .map(rows -> rows.stream().map(r -> new AccidentPhoto((UUID) r[0], (String) r[1], (UUID) r[2],
                        type((String) r[3]), (Long) r[4], (String) r[5], (String) r[6], (String) r[7], (Instant) r[8])).toList());
    }

    @Override
    public Uni<byte[]> content(String tenantId, UUID accidentId, UUID photoId) {
        return getSession().chain(s -> s.createSelectionQuery("select content from AccidentPhotoEntity where id = :id "
                        + "and tenantId = :tenantId and accidentId = :accidentId", byte[].class)
                .setParameter("id", photoId).setParameter("tenantId", tenantId).setParameter("accidentId", accidentId)
                .getSingleResultOrNull());
    }

    private static ImageType type(String mediaType) {
        return Arrays.stream(ImageType.values()).filter(t -> t.mediaType().equals(mediaType)).findFirst().orElseThrow();
    }
}
