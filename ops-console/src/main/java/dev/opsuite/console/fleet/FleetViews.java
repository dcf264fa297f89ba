package dev.opsuite.console.fleet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the fleet screens show of fleet-service's answers: only the fields a page uses (the REST client ignores the
 * others). One file, since each is a plain carrier of the service's JSON.
 */
public final class FleetViews {

    private FleetViews() {
    }

    public record Member(UUID id, String employeeNumber, String name, String registrationNumber, String kind,
            String type, String status) {

        /** "1AB 2345" for a truck or trailer, "Jan Novák (DRV-0001)" for a driver. */
        public String label() {
            return registrationNumber != null ? registrationNumber : name + " (" + employeeNumber + ")";
        }
    }

    public record Unit(UUID id, String status, boolean readyForOrder, List<String> reasons, Instant readinessChangedAt,
            Member driver, Member vehicle, Member trailer, long version) {

        public Unit {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    public record TypeState(String type, boolean required, String state, String issue, LocalDate coveredUntil,
            UUID coveringDocumentId) {
    }

    public record Documents(String subjectType, UUID subjectId, String holderKind, String state, LocalDate evaluatedOn,
            List<TypeState> types, List<Document> documents) {

        public Documents {
            types = types == null ? List.of() : List.copyOf(types);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    public record Document(UUID id, String subjectType, UUID subjectId, String type, String number, LocalDate validFrom,
            LocalDate validUntil, String validity, String note, long version) {
    }

    public record Expiring(UUID id, String subjectType, UUID subjectId, String subjectLabel, String type, String number,
            LocalDate validFrom, LocalDate validUntil, long daysLeft, String validity) {
    }

    public record Vehicle(UUID id, String registrationNumber, String kind, String make, String model, String status) {

        public String label() {
            return registrationNumber + (make == null ? "" : " · " + make + (model == null ? "" : " " + model));
        }
    }

    public record Driver(UUID id, String employeeNumber, String name, String status) {
    }

    public record Dashboard(Instant asOf, Vehicles vehicles, Units transportUnits, Alerts serviceAlerts,
            DocumentCounts documents, Map<String, Long> openServiceRequests, Expenses expensesYearToDate) {
    }

    public record Vehicles(long total, Map<String, Long> byStatus) {
    }

    public record Units(long active, long ready, long notReady) {
    }

    public record Alerts(long dueSoon, long overdue) {
    }

    public record DocumentCounts(int warningDays, long expiringSoon, long expired) {
    }

    public record Expenses(int year, List<CurrencyTotal> totals) {
    }

    public record CurrencyTotal(String currency, BigDecimal net, BigDecimal vat, BigDecimal gross, long count) {
    }

    public record Fine(UUID id, UUID vehicleId, Instant committedAt, String location, String offense,
            String offenseDetails, BigDecimal amount, String currency, String reference, String issuingAuthority,
            LocalDate receivedOn, String status, UUID driverId, String orderReference) {
    }

    public record Amount(BigDecimal amount, String currency) {
    }

    public record Accident(UUID id, String number, UUID vehicleId, UUID driverId, String orderReference,
            Instant occurredAt, String location, String damageDescription, Amount damageEstimate,
            String policeReportNumber, String status, Claim insuranceClaim, Settlement settlement, String createdBy,
            Instant createdAt) {
    }

    public record Claim(String claimNumber, String insurer, String status, BigDecimal approvedAmount, String currency,
            String rejectReason) {
    }

    /** The repair invoice split between insurer, company and driver (seed 004: 48 000 = 40 000 + 8 000; driver 5 000). */
    public record Settlement(String supplier, String invoiceReference, String currency, BigDecimal repairCost,
            BigDecimal insurerShare, BigDecimal companyShare, BigDecimal driverDeductible, LocalDate completedOn) {
    }

    /** What one vehicle cost in a year (to date), one total per currency, each by category. */
    public record VehicleCosts(UUID vehicleId, String registrationNumber, int year, LocalDate from, LocalDate to,
            List<VehicleCurrencyTotal> totals) {
    }

    public record VehicleCurrencyTotal(String currency, BigDecimal net, BigDecimal vat, BigDecimal gross, long count,
            List<CategoryTotal> byCategory) {
    }

    public record CategoryTotal(String category, BigDecimal net, BigDecimal vat, BigDecimal gross, long count) {
    }

    public record Expense(UUID id, UUID vehicleId, String category, String description, LocalDate incurredOn,
            String currency, String vatMode, BigDecimal net, BigDecimal vat, BigDecimal gross, String supplier) {
    }
}
