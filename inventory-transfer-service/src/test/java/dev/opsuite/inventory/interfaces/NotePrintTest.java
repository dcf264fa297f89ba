package dev.opsuite.inventory.interfaces;

import static dev.opsuite.inventory.interfaces.NoteRequests.AUDITOR;
import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatch;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The seed's PDF download and HTML print view, from one template; the PDF's text is read back. */
@QuarkusTest
class NotePrintTest {

    @Test
    void the_pdf_carries_the_note_its_costs_transport_and_signature_lines() throws Exception {
        UUID warehouse = Fixtures.location("WAREHOUSE", "Sklad Brno – Černovice", null);
        UUID truck = Fixtures.truck();
        UUID cable = Fixtures.product("Cable NYM 3x1.5");
        Fixtures.stock(warehouse, cable, 40, "12.3456");
        String id = given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("originLocationId", warehouse.toString(), "destinationLocationId", truck.toString(),
                        "detail", List.of(item(cable, 25)),
                        "transportDetail", Map.of("carrier", "Own fleet", "driverName", "Jan Novák", "trackingNumber", "TRK-778")))
                .post("/transfers-dispatch-note").then().statusCode(201).extract().path("id");
        String number = dispatch(MANAGER, id).statusCode(200).extract().path("documentNumber");

        byte[] pdf = given().header("Authorization", AUDITOR).get("/transfers-dispatch-note/{id}/pdf", id).then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf"))
                .extract().asByteArray();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        // 25 x 12.3456 = 308.64
        assertThat(text).contains(number, "Sklad Brno – Černovice", "Cable NYM 3x1.5", "25", "12.3456", "308.64",
                "Own fleet", "Jan Novák", "TRK-778", "Dispatched by", "Received by");
    }

    @Test
    void the_print_view_is_html_of_the_same_document() {
        UUID warehouse = Fixtures.warehouse();
        UUID cable = Fixtures.product("Fuse <10A>");
        Fixtures.stock(warehouse, cable, 5, "2");
        String id = NoteRequests.createNote(MANAGER, warehouse, Fixtures.store(), List.of(item(cable, 3)))
                .statusCode(201).extract().path("id");

        given().header("Authorization", MANAGER).get("/transfers-dispatch-note/{id}/print", id).then()
                .statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Transfer dispatch note"))
                .body(containsString("Fuse &lt;10A&gt;"))
                .body(containsString("6.00"))
                .body(containsString("Received by"));
        given().header("Authorization", MANAGER).get("/transfers-dispatch-note/{id}/print", UUID.randomUUID()).then()
                .statusCode(404);
    }
}
