package dev.opsuite.field.quality.interfaces;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Field's reports as documents: the technician's job sheet and the daily dispatch report, as PDF and HTML. */
@QuarkusTest
class DocumentsTest {

    final QualityCalls q = new QualityCalls();

    @Test
    void the_job_sheet_prints_call_customer_location_findings_labor_and_parts_for_the_technician_whose_job_it_is() {
        String mia = q.technicianWithTruck("test-technician", "Mia Lopez", UUID.randomUUID());
        q.technician("test-technician-two", "Ned");
        String miasLogin = SuiteStack.bearer(q.shop, "technician");
        String ann = q.customer("Ann Sheetwell");
        String cabin = FieldRequests.addLocation(q.owner, ann, FieldRequests.location("Lake cabin", "Key under the mat"))
                .statusCode(201).extract().path("id");
        String job = q.scheduledJob(ann, cabin, mia, "2026-06-02T09:00:00Z");
        String number = q.get(q.owner, "/service-calls/{id}", (String) q.get(q.owner, "/jobs/{id}", job).extract()
                .path("serviceCallId")).extract().path("number");
        QualityCalls.my(miasLogin, job, "start").statusCode(200);
        work(miasLogin, job, "diagnosis", Map.of("findings", "Igniter cracked", "cause", "Age"));
        work(miasLogin, job, "labor", Map.of("hours", 1.5, "rateClass", "STANDARD"));
        work(miasLogin, job, "parts", Map.of("sku", "HSI-120", "quantity", 2));

        String text = pdfText(given().header("Authorization", SuiteStack.bearer(q.shop, "dispatcher"))
                .get("/jobs/{id}/sheet.pdf", job).then().statusCode(200).contentType("application/pdf").extract());
        assertThat(text).contains("Job sheet", number, "Ann Sheetwell", "Lake cabin", "Key under the mat",
                "Igniter cracked", "Age", "1.5", "STANDARD", "HSI-120", "Mia Lopez", "No heat in the living room");

        assertThat(pdfText(given().header("Authorization", miasLogin).get("/jobs/{id}/sheet.pdf", job).then()
                .statusCode(200).extract())).as("her own job").contains("Igniter cracked");
        given().header("Authorization", SuiteStack.bearer(q.shop, "technician", "two")).get("/jobs/{id}/sheet.pdf", job)
                .then().statusCode(404);
        assertThat(given().header("Authorization", q.owner).get("/jobs/{id}/sheet.html", job).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString()).contains("Igniter cracked", "HSI-120", number);
        given().header("Authorization", q.owner).get("/jobs/{id}/sheet.doc", job).then().statusCode(404);
        given().header("Authorization", SuiteStack.bearer("globex-" + q.shop, "owner")).get("/jobs/{id}/sheet.pdf", job)
                .then().statusCode(404);
        given().header("Authorization", q.owner).get("/jobs/{id}/sheet.pdf", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void the_dispatch_report_prints_the_board_of_the_day_by_technician_with_unassigned_and_blocked_jobs() {
        String ola = q.technician("test-technician", "Ola Dispatchova");
        String booked = q.scheduledJob(q.customer("Ann"), null, ola, "2026-06-03T09:00:00Z");
        String call = q.call(q.customer("Bea"), null, null).extract().path("id");
        FieldRequests.createJob(q.owner, call, FieldRequests.job("Leaking valve", "PLUMBING", 1, 45)).statusCode(201);
        String stuck = q.scheduledJob(q.customer("Cid"), null, ola, "2026-06-04T09:00:00Z");
        given().header("Authorization", SuiteStack.bearer(q.shop, "technician")).contentType(ContentType.JSON)
                .body(Map.of("waitingFor", "1x capacitor")).post("/my/jobs/{id}/waiting-on-parts", stuck).then()
                .statusCode(200);

        String text = pdfText(given().header("Authorization", SuiteStack.bearer(q.shop, "dispatcher"))
                .get("/reports/dispatch.pdf?date=2026-06-03").then().statusCode(200).contentType("application/pdf")
                .extract());

        assertThat(text).contains("Daily dispatch report", "2026-06-03", "Ola Dispatchova", "09:00–10:00", "Furnace",
                "Leaking valve", "PLUMBING level 1, 45 min", "WAITING_ON_PARTS", "1x capacitor");
        assertThat(booked).isNotBlank();
        assertThat(given().header("Authorization", q.owner).get("/reports/dispatch.html?date=2026-06-03").then()
                .statusCode(200).extract().asString()).contains("Ola Dispatchova", "Leaking valve");
        given().header("Authorization", q.owner).get("/reports/dispatch.pdf?date=June").then().statusCode(400);
    }

    @Test
    void the_customer_history_prints_the_customer_their_locations_and_every_status_change_of_their_jobs() {
        String mia = q.technician("test-technician", "Mia");
        String ann = q.customer("Ann Historia");
        FieldRequests.addLocation(q.owner, ann, FieldRequests.location("Lake cabin", null)).statusCode(201);
        String job = q.completedJob(ann, null, mia, SuiteStack.bearer(q.shop, "technician"), "2026-06-05T09:00:00Z");

        String text = pdfText(given().header("Authorization", SuiteStack.bearer(q.shop, "csr"))
                .get("/customers/{id}/history.pdf", ann).then().statusCode(200).contentType("application/pdf").extract());

        assertThat(text).contains("Customer job history", "Ann Historia", "Lake cabin", "Furnace", "READY_TO_SCHEDULE",
                "IN_PROGRESS to COMPLETED");
        assertThat(given().header("Authorization", q.owner).get("/customers/{id}/history.html", ann).then()
                .statusCode(200).extract().asString()).contains("Ann Historia", "SCHEDULED");
        assertThat(job).isNotBlank();
        given().header("Authorization", q.owner).get("/customers/{id}/history.pdf", UUID.randomUUID()).then()
                .statusCode(404);
        given().header("Authorization", SuiteStack.bearer("globex-" + q.shop, "owner"))
                .get("/customers/{id}/history.pdf", ann).then().statusCode(404);
    }

    @Test
    void the_parts_report_prints_the_parts_used_and_the_reservations_asked_in_the_period() {
        String mia = q.technician("test-technician", "Mia");
        String job = q.scheduledJob(q.customer("Ann"), null, mia, "2026-06-06T09:00:00Z");
        UUID truck = UUID.randomUUID();
        UUID capacitor = UUID.randomUUID();
        UUID igniter = UUID.randomUUID();
        QualityCalls.used(q.shop, job, capacitor, "2", truck, "2026-06-06T10:00:00Z");
        QualityCalls.used(q.shop, job, igniter, "1", truck, "2026-07-06T10:00:00Z"); // after the period
        given().header("Authorization", SuiteStack.bearer(q.shop, "parts-manager")).contentType(ContentType.JSON)
                .body(Map.of("productId", igniter.toString(), "quantity", 3, "locationId", truck.toString()))
                .post("/jobs/{id}/part-reservations", job).then().statusCode(201);
        String from = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String to = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();

        String used = pdfText(given().header("Authorization", SuiteStack.bearer(q.shop, "parts-manager"))
                .get("/reports/parts.pdf?from=2026-06-01&to=2026-06-30").then().statusCode(200)
                .contentType("application/pdf").extract());
        // Ids wrap in the PDF's narrow columns: the PDF is read for its words, the print view for the ids.
        assertThat(used).contains("Parts usage and reservations", "2026-06-06", "No reservations.");
        assertThat(given().header("Authorization", q.owner).get("/reports/parts.html?from=2026-06-01&to=2026-06-30")
                .then().statusCode(200).extract().asString()).contains(capacitor.toString())
                .doesNotContain(igniter.toString());
        String asked = given().header("Authorization", q.owner).get("/reports/parts.html?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().asString();
        assertThat(asked).contains(igniter.toString(), "REQUESTED", "No parts used.");
        given().header("Authorization", q.owner).get("/reports/parts.pdf?from=2026-06-30&to=2026-06-01").then()
                .statusCode(400);
        given().header("Authorization", q.owner).get("/reports/parts.pdf?from=2026-06-01").then().statusCode(400);
    }

    private static void work(String token, String job, String what, Map<String, Object> body) {
        given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/my/jobs/{id}/" + what, job).then().statusCode(200);
    }

    private static String pdfText(ExtractableResponse<Response> response) {
        try (PDDocument document = Loader.loadPDF(response.asByteArray())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
