package dev.opsuite.inventory.transfers.application.port.in;

import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Approves a draft goods receipt; emits goods-receipt-updated and goods-receipt-approved. */
public interface ApproveGoodsReceiptUseCase {

    Uni<TransferGoodsReceipt> approve(Actor actor, UUID goodsReceiptId);
}
