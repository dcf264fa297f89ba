package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.FieldJobs.complete;
import static dev.opsuite.billing.interfaces.FieldJobs.draftOf;
import static dev.opsuite.billing.interfaces.FieldJobs.finalizeDraft;
import static dev.opsuite.billing.interfaces.FieldJobs.getDraft;
import static dev.opsuite.billing.interfaces.FieldJobs.prepare;
import static dev.opsuite.billing.interfaces.FieldJobs.pricedJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: finance exports finalized invoices to QuickBooks as an IIF file, once per version: again, nothing new;
 * an invoice corrected after export goes out as one adjustment of the difference. Each test has a tenant of its own,
 * so that what an export holds is only its own invoices.
 */
@QuarkusTest
class LedgerExportTest {

    @Test
    void exported_twice_the_second_run_is_empty_and_an_edit_after_export_is_exactly_one_adjustment() {
        Tenant t = new Tenant();
        String first = t.finalizedInvoice();
        String second = t.finalizedInvoice();

        ValidatableResponse exported = t.export().statusCode(201).body("invoices", equalTo(2))
                .body("adjustments", equalTo(0)).body("total", comparesEqualTo(new BigDecimal("712.92")));
        String file = t.file(exported.extract().path("id"));
        List<Transaction> transactions = parse(file);
        assertThat(transactions).extracting(Transaction::type).containsExactly("INVOICE", "INVOICE");
        assertThat(transactions).allSatisfy(tx -> {
            assertThat(tx.amount()).isEqualByComparingTo("356.46");
            assertThat(tx.amount().add(tx.splits())).isEqualByComparingTo("0.00");
            assertThat(tx.date()).matches("\\d{2}/\\d{2}/\\d{4}");
        });

        t.export().statusCode(204);

        // Half an hour more labor on the first invoice, after it was exported: version 2.
        Map<String, Object> body = t.editBody(first, "Half an hour more labor than logged", "3");
        given().header("Authorization", t.finance).contentType("application/json").body(body)
                .put("/invoice-drafts/{id}", first).then().statusCode(200).body("invoiceVersion", equalTo(2));

        ValidatableResponse adjusted = t.export().statusCode(201).body("invoices", equalTo(0))
                .body("adjustments", equalTo(1)).body("total", comparesEqualTo(new BigDecimal("47.50")))
                .body("entries[0].invoiceId", equalTo(first)).body("entries[0].invoiceVersion", equalTo(2));
        List<Transaction> adjustment = parse(t.file(adjusted.extract().path("id")));
        assertThat(adjustment).singleElement().satisfies(tx -> {
            assertThat(tx.type()).isEqualTo("INVOICE");
            assertThat(tx.amount()).isEqualByComparingTo("47.50");
            assertThat(tx.amount().add(tx.splits())).isEqualByComparingTo("0.00");
            assertThat(tx.rows()).hasSize(1);
            assertThat(tx.rows().get(0).get("QNTY")).isEqualTo("-0.5");
        });

        t.export().statusCode(204);
        given().header("Authorization", t.finance).get("/ledger/exports").then().statusCode(200)
                .body("total", equalTo(2));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void a_correction_that_lowers_the_invoice_goes_out_as_a_credit_memo() {
        Tenant t = new Tenant();
        String invoice = t.finalizedInvoice();
        t.export().statusCode(201);
        given().header("Authorization", t.finance).contentType("application/json")
                .body(t.editBody(invoice, "Half an hour less labor", "2")).put("/invoice-drafts/{id}", invoice).then()
                .statusCode(200);

        List<Transaction> credit = parse(t.file(t.export().statusCode(201).extract().path("id")));

        assertThat(credit).singleElement().satisfies(tx -> {
            assertThat(tx.type()).isEqualTo("CREDIT MEMO");
            assertThat(tx.amount()).isEqualByComparingTo("-47.50");
            assertThat(tx.amount().add(tx.splits())).isEqualByComparingTo("0.00");
        });
    }

    @Test
    void of_two_exports_at_once_only_one_takes_an_invoice_version() {
        Tenant t = new Tenant();
        String invoice = t.finalizedInvoice();

        List<CompletableFuture<ValidatableResponse>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racing.add(CompletableFuture.supplyAsync(t::export));
        }
        List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(r -> r.extract().statusCode()).sorted()
                .toList();

        assertThat(statuses).isIn(List.of(201, 204), List.of(201, 409));
        given().header("Authorization", t.finance).get("/ledger/exports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].entries[0].invoiceId", equalTo(invoice));
    }

    @Test
    void the_mapping_is_the_tenants_own_and_the_file_uses_it() {
        Tenant t = new Tenant();
        given().header("Authorization", t.finance).get("/ledger/settings").then().statusCode(200)
                .body("arAccount", equalTo("Accounts Receivable"));
        Map<String, Object> settings = new HashMap<>(Map.of("arAccount", "A/R", "laborIncomeAccount", "Labor Income",
                "partIncomeAccount", "Parts Income", "salesTaxAccount", "Sales Tax Payable", "taxItem", "TX Sales Tax",
                "taxVendor", "Texas Comptroller", "laborItem", "Service Labor", "partItem", "Parts"));
        settings.put("skuItems", List.of(Map.of("sku", "HSI-120", "item", "Igniter")));
        given().header("Authorization", t.finance).contentType("application/json").body(settings).put("/ledger/settings")
                .then().statusCode(200).body("arAccount", equalTo("A/R"));
        t.finalizedInvoice();

        String file = t.file(t.export().statusCode(201).extract().path("id"));

        assertThat(file).contains("\tA/R\t", "\tLabor Income\t", "\tIgniter\t", "\tTexas Comptroller\t", "AUTOSTAX");
        given().header("Authorization", SuiteStack.bearer("acme", "finance")).get("/ledger/exports/{id}",
                UUID.randomUUID()).then().statusCode(404);
    }

    /** An IIF transaction: its TRNS row and SPL rows by column name. */
    record Transaction(String type, String date, BigDecimal amount, List<Map<String, String>> rows) {

        BigDecimal splits() {
            return rows.stream().map(r -> new BigDecimal(r.get("AMOUNT"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Reads the file as QuickBooks does: CRLF lines, tab-separated, columns named by the ! rows. */
    static List<Transaction> parse(String file) {
        assertThat(file).endsWith("\r\n");
        assertThat(file.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = file.split("\r\n");
        assertThat(lines[0]).startsWith("!TRNS\t");
        assertThat(lines[1]).startsWith("!SPL\t");
        assertThat(lines[2]).isEqualTo("!ENDTRNS");
        List<String> trnsColumns = Arrays.asList(lines[0].split("\t", -1));
        List<String> splColumns = Arrays.asList(lines[1].split("\t", -1));
        List<Transaction> found = new ArrayList<>();
        Map<String, String> trns = null;
        List<Map<String, String>> splits = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            switch (cells[0]) {
                case "TRNS" -> {
                    assertThat(trns).as("TRNS inside a transaction").isNull();
                    trns = row(trnsColumns, cells);
                    splits = new ArrayList<>();
                }
                case "SPL" -> {
                    assertThat(trns).as("SPL outside a transaction").isNotNull();
                    Map<String, String> spl = row(splColumns, cells);
                    assertThat(spl.get("TRNSTYPE")).isEqualTo(trns.get("TRNSTYPE"));
                    splits.add(spl);
                }
                case "ENDTRNS" -> {
                    found.add(new Transaction(trns.get("TRNSTYPE"), trns.get("DATE"), new BigDecimal(trns.get("AMOUNT")),
                            splits));
                    trns = null;
                }
                default -> throw new AssertionError("unexpected row " + lines[i]);
            }
        }
        assertThat(trns).as("a transaction without ENDTRNS").isNull();
        return found;
    }

    private static Map<String, String> row(List<String> columns, String[] cells) {
        assertThat(cells).hasSize(columns.size());
        Map<String, String> row = new HashMap<>();
        for (int c = 1; c < columns.size(); c++) {
            row.put(columns.get(c), cells[c]);
        }
        return row;
    }

    /** A tenant of the test's own, with two people of finance. */
    static final class Tenant {
        final String id = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
        final String finance = SuiteStack.bearer(id, "finance");
        final String finance2 = SuiteStack.bearer(id, "finance", "owner");

        /** Seed 002's job (356.46), prepared by one and finalized by the other: its id. */
        String finalizedInvoice() {
            String jobId = UUID.randomUUID().toString();
            complete(id, jobId, pricedJob(jobId));
            String draft = draftOf(finance, jobId);
            prepare(finance, draft).statusCode(200);
            finalizeDraft(finance2, draft).statusCode(200);
            return draft;
        }

        ValidatableResponse export() {
            return given().header("Authorization", finance).post("/ledger/exports").then();
        }

        String file(String exportId) {
            return given().header("Authorization", finance).get("/ledger/exports/{id}/file", exportId).then()
                    .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/plain")).extract().asString();
        }

        /** The invoice's lines as they are, with the labor line's hours changed. */
        Map<String, Object> editBody(String invoice, String reason, String laborHours) {
            List<Map<String, Object>> lines = new ArrayList<>();
            List<Map<String, Object>> current = getDraft(finance, invoice).extract().path("lines");
            for (Map<String, Object> line : current) {
                Map<String, Object> edited = new HashMap<>();
                for (String key : List.of("kind", "sourceId", "description", "sku", "rateClass", "quantity", "unitPrice",
                        "taxable")) {
                    if (line.get(key) != null) {
                        edited.put(key, line.get(key));
                    }
                }
                if ("LABOR".equals(line.get("kind"))) {
                    edited.put("quantity", new BigDecimal(laborHours));
                }
                lines.add(edited);
            }
            return Map.of("reason", reason, "taxRate", new BigDecimal("0.0825"), "lines", lines);
        }
    }
}
