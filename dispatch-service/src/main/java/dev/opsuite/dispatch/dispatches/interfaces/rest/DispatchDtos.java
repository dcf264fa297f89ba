package dev.opsuite.dispatch.dispatches.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery.AtRisk;
import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery.DispatchView;
import dev.opsuite.dispatch.dispatches.domain.Booking;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchPolicy;
import dev.opsuite.dispatch.dispatches.domain.StatusChange;
import dev.opsuite.dispatch.dispatches.domain.WindowSource;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.dispatch.units.domain.TripTicket;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Request and response bodies of dispatches, in seed 000's field names: {@code id} is the UUID (the path key),
 * {@code dispatchId} the human-readable DSP-YYYY-NNNNNN, {@code unit} the transport unit's UUID. Times come with an
 * offset and leave in UTC.
 */
final class DispatchDtos {

    /** How many invoices one request attaches at most. */
    static final int MAX_INVOICES = 50;

    private DispatchDtos() {
    }

    record CreateDispatchRequest(
            @NotNull UUID tripTicketId,
            @NotNull OffsetDateTime datetime,
            @NotNull UUID unit,
            @Size(max = MAX_INVOICES) List<@NotNull UUID> invoiceIds) {
    }

    /** Only datetime and unit are editable; either may be left out. */
    record EditDispatchRequest(OffsetDateTime datetime, UUID unit) {
    }

    record AttachInvoicesRequest(@NotEmpty @Size(max = MAX_INVOICES) List<@NotNull UUID> invoiceIds) {
    }

    record CompleteDispatchRequest(@NotBlank @Size(max = 200) String recipientName, @NotNull OffsetDateTime receivedAt) {
    }

    record CancelDispatchRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record DispatchPolicyRequest(
            @NotNull Boolean pastDatetimeAllowed,
            @NotNull WindowSource windowSource,
            @NotNull @Min(DispatchPolicy.MIN_WINDOW_MINUTES) @Max(DispatchPolicy.MAX_WINDOW_MINUTES) Integer windowMinutes) {

        DispatchPolicy toDomain() {
            return new DispatchPolicy(pastDatetimeAllowed, windowSource, windowMinutes);
        }
    }

    record DispatchPolicyResponse(boolean pastDatetimeAllowed, String windowSource, int windowMinutes) {

        static DispatchPolicyResponse of(DispatchPolicy p) {
            return new DispatchPolicyResponse(p.pastDatetimeAllowed(), p.windowSource().name(), p.windowMinutes());
        }
    }

    record WindowResponse(Instant from, Instant to) {
    }

    record DeliveryResponse(String recipientName, Instant receivedAt, boolean proofAttached) {
    }

    record CancellationResponse(String reason, String cancelledBy, Instant cancelledAt) {
    }

    record HistoryResponse(String from, String to, String by, Instant at) {

        static HistoryResponse of(StatusChange c) {
            return new HistoryResponse(c.from() == null ? null : c.from().name(), c.to().name(), c.by(), c.at());
        }

        static List<HistoryResponse> of(Dispatch d) {
            return d.history().stream().map(HistoryResponse::of).toList();
        }
    }

    /** A row of the seed's table. */
    record DispatchSummary(UUID id, String dispatchId, UUID tripTicketId, UUID unit, Instant datetime, int invoiceCount,
            String status, String createdBy, Instant dateCreated) {

        static DispatchSummary of(Dispatch d) {
            return new DispatchSummary(d.id(), d.number(), d.booking().tripTicketId(), d.booking().unitId(), d.datetime(),
                    d.invoices().size(), d.status().name(), d.envelope().createdBy(), d.envelope().createdAt());
        }
    }

    /** The dispatch itself, as a change answers it. */
    record DispatchResponse(UUID id, String dispatchId, UUID tripTicketId, String tripTicketNumber, Instant datetime,
            UUID unit, UUID vehicleId, UUID driverId, UUID trailerId, WindowResponse window, String status, int invoiceCount,
            List<UUID> invoiceIds, Instant departedAt, DeliveryResponse delivery, CancellationResponse cancellation,
            String createdBy, Instant dateCreated, String updatedBy, Instant updatedAt, long version) {

        static DispatchResponse of(Dispatch d) {
            Booking b = d.booking();
            return new DispatchResponse(d.id(), d.number(), b.tripTicketId(), b.tripTicketNumber(), d.datetime(), b.unitId(),
                    b.vehicleId(), b.driverId(), b.trailerId(), new WindowResponse(b.windowFrom(), b.windowTo()),
                    d.status().name(), d.invoices().size(), d.invoices().stream().map(i -> i.invoiceId()).toList(),
                    d.departedAt(),
                    d.delivery() == null ? null : new DeliveryResponse(d.delivery().recipientName(),
                            d.delivery().receivedAt(), d.delivery().proofAttached()),
                    d.cancellation() == null ? null : new CancellationResponse(d.cancellation().reason(),
                            d.cancellation().by(), d.cancellation().at()),
                    d.envelope().createdBy(), d.envelope().createdAt(), d.envelope().updatedBy(), d.envelope().updatedAt(),
                    d.version());
        }
    }

    record TripTicketResponse(UUID id, String number, UUID driverId, String driverNumber, UUID vehicleId,
            String registrationNumber, UUID trailerId, Instant plannedFrom, Instant plannedTo, String orderReference,
            String status) {

        static TripTicketResponse of(TripTicket t) {
            TripTicket.Crew c = t.crew();
            return new TripTicketResponse(t.id(), t.number(), c.driverId(), c.driverNumber(), c.vehicleId(),
                    c.registrationNumber(), c.trailerId(), t.plannedFrom(), t.plannedTo(), t.orderReference(),
                    t.status().name());
        }
    }

    record MoneyResponse(BigDecimal amount, String currency) {
    }

    record InvoiceResponse(UUID id, String invoiceNumber, UUID salesOrderId, String salesOrderNumber, UUID customerId,
            String customerName, MoneyResponse amount, String status, String attachedBy, Instant attachedAt) {
    }

    /** The detail: the dispatch (its fields at the top), its trip ticket, its invoices and its history. */
    record DispatchDetailResponse(@JsonUnwrapped DispatchResponse dispatch, TripTicketResponse tripTicket, List<InvoiceResponse> invoices,
            List<HistoryResponse> history) {

        static DispatchDetailResponse of(DispatchView v) {
            Dispatch d = v.dispatch();
            List<InvoiceResponse> invoices = d.invoices().stream().map(a -> {
                IssuedInvoice i = v.invoices().stream().filter(x -> x.invoiceId().equals(a.invoiceId())).findFirst()
                        .orElse(null);
                return new InvoiceResponse(a.invoiceId(), a.invoiceNumber(), a.salesOrderId(),
                        i == null ? null : i.salesOrderNumber(), a.customerId(), i == null ? null : i.customerName(),
                        i == null ? null : new MoneyResponse(i.total().amount(), i.total().currency()),
                        i == null ? null : i.status().name(), a.attachedBy(), a.attachedAt());
            }).toList();
            return new DispatchDetailResponse(DispatchResponse.of(d),
                    v.tripTicket() == null ? null : TripTicketResponse.of(v.tripTicket()), invoices, HistoryResponse.of(d));
        }
    }

    record AtRiskResponse(DispatchSummary dispatch, String unitStatus, boolean readyForOrder, List<String> reasons,
            Instant unitChangedAt) {

        static AtRiskResponse of(AtRisk r) {
            return new AtRiskResponse(DispatchSummary.of(r.dispatch()), r.unit().status(), r.unit().readyForOrder(),
                    r.unit().reasons(), r.unit().changedAt());
        }
    }
}
