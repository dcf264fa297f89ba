package dev.opsuite.inventory.transfers.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** A note as a document: the HTML print view and the PDF download, from one template. */
public interface PrintTransferDispatchNoteQuery {

    Uni<String> html(String tenantId, UUID noteId);

    Uni<byte[]> pdf(String tenantId, UUID noteId);
}
