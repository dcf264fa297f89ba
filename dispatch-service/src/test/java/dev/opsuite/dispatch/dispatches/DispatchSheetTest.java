package dev.opsuite.dispatch.dispatches;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.dispatch.testing.Scene;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dispatch sheet: one template for the print view and the PDF, as inventory's note. */
@QuarkusTest
class DispatchSheetTest {

    @Test
    void the_sheet_shows_the_dispatch_its_trip_its_invoices_and_its_delivery_in_html_and_pdf() {
        Scene s = new Scene("sheet");
        String id = s.dispatchIn("COMPLETED", s.dispatcher);
        String number = given().header("Authorization", s.dispatcher).get("/dispatch/" + id).then().extract().path("dispatchId");

        String html = given().header("Authorization", s.billing).get("/dispatch/" + id + "/sheet").then().statusCode(200)
                .contentType("text/html").extract().asString();
        byte[] pdf = given().header("Authorization", s.fleetManager).get("/dispatch/" + id + "/sheet.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();

        assertThat(html).contains(number, "COMPLETED", "Jan Novák", "12500.00 CZK", "Novák Logistics s.r.o.", "TT-2026-",
                "1AB 2345", "SO-2026-000007");
        // The suite's shared print stylesheet is in, unescaped, after the sheet's own page rule.
        assertThat(html).contains("@page", "border-collapse: collapse;", "font-family: Helvetica, Arial, sans-serif;");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1_000);
        given().header("Authorization", s.dispatcher).get("/dispatch/" + UUID.randomUUID() + "/sheet.pdf").then()
                .statusCode(404);
    }
}
