package dev.opsuite.inventory.interfaces;

import static dev.opsuite.inventory.interfaces.NoteRequests.AUDITOR;
import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatch;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /transfers-dispatch-note/search, filter by filter (seed 001): business, status, origin,
 * destination, created-at and dispatch-date ranges (from inclusive, to exclusive), free text on the
 * locations' names and the document number, and paging. The notes searched for run between three
 * locations of this test only, whose names carry a random tag, so other tests' notes in the same
 * database never show: every query is narrowed by one of these locations or by the tag.
 *
 * <pre>
 *   note  origin  destination  dispatchDate          status
 *   n1    brno    ostrava      2031-03-01T08:00Z     DRAFT
 *   n2    brno    plzen        2031-03-02T08:00Z     CANCELLED
 *   n3    plzen   ostrava      2031-03-03T00:00Z     ACTIVE (dispatched)
 *   n4    ostrava brno         2031-03-04T08:00Z     DRAFT
 *   n5    brno    ostrava      2031-03-05T08:00Z     deleted: never found
 * </pre>
 */
@QuarkusTest
class NoteSearchTest {

    static final String TAG = UUID.randomUUID().toString().substring(0, 8);

    /** Made once, lazily: the application is not up when the test instance is built. */
    static Data data;

    record Data(UUID brno, UUID ostrava, UUID plzen, String n1, String n2, String n3, String n4, String n5,
            Map<String, Instant> createdAt, Map<String, String> documentNumber, Instant answeredOnCreate) {
    }

    Data d;

    @BeforeEach
    void notes() {
        d = data();
    }

    static synchronized Data data() {
        if (data == null) {
            UUID cable = Fixtures.product("Cable CYKY 3x2.5");
            UUID brno = Fixtures.location("WAREHOUSE", "Sklad Brno-Černovice " + TAG, null);
            UUID ostrava = Fixtures.location("STORE", "Prodejna Ostrava-Zábřeh " + TAG, null);
            UUID plzen = Fixtures.location("WAREHOUSE", "Sklad Plzeň-Bory " + TAG, null);
            Fixtures.stock(plzen, cable, 10, "12.00");

            ValidatableResponse first = post(brno, ostrava, "2031-03-01T08:00:00Z", cable);
            String n1 = first.extract().path("id");
            Instant answeredOnCreate = Instant.parse(first.extract().path("createdAt"));
            String n2 = note(brno, plzen, "2031-03-02T08:00:00Z", cable);
            String n3 = note(plzen, ostrava, "2031-03-03T00:00:00Z", cable);
            String n4 = note(ostrava, brno, "2031-03-04T08:00:00Z", cable);
            String n5 = note(brno, ostrava, "2031-03-05T08:00:00Z", cable);
            given().header("Authorization", MANAGER).post("/transfers-dispatch-note/{id}/cancel", n2).then().statusCode(200);
            dispatch(MANAGER, n3).statusCode(200).body("dispatchDate", equalTo("2031-03-03T00:00:00Z"));
            given().header("Authorization", MANAGER).delete("/transfers-dispatch-note/{id}", n5).then().statusCode(204);

            // The stored creation instants, as the API reads them back.
            Map<String, Instant> createdAt = new HashMap<>();
            Map<String, String> documentNumber = new HashMap<>();
            for (String id : List.of(n1, n2, n3, n4)) {
                JsonPath note = getNote(MANAGER, id).statusCode(200).extract().jsonPath();
                createdAt.put(id, Instant.parse(note.getString("createdAt")));
                documentNumber.put(id, note.getString("documentNumber"));
            }
            data = new Data(brno, ostrava, plzen, n1, n2, n3, n4, n5, createdAt, documentNumber, answeredOnCreate);
        }
        return data;
    }

    private static String note(UUID origin, UUID destination, String dispatchDate, UUID product) {
        return post(origin, destination, dispatchDate, product).extract().path("id");
    }

    private static ValidatableResponse post(UUID origin, UUID destination, String dispatchDate, UUID product) {
        return given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("originLocationId", origin.toString(), "destinationLocationId", destination.toString(),
                        "dispatchDate", dispatchDate, "detail", List.of(item(product, 1))))
                .post("/transfers-dispatch-note").then().statusCode(201)
                .body("dispatchDate", equalTo(dispatchDate));
    }

    // --- free text ------------------------------------------------------------------------------

    @Test
    void the_tag_finds_exactly_this_tests_notes_and_never_a_deleted_one() {
        assertFound(search("search", TAG), d.n1, d.n2, d.n3, d.n4);
    }

    @Test
    void search_matches_origin_or_destination_names_case_insensitively() {
        // Brno is the origin of n1 and n2 and the destination of n4.
        assertFound(search("search", "Sklad Brno-Černovice " + TAG), d.n1, d.n2, d.n4);
        assertFound(search("search", "sklad brno-černovice " + TAG), d.n1, d.n2, d.n4);
        assertFound(search("search", "SKLAD BRNO-ČERNOVICE " + TAG.toUpperCase()), d.n1, d.n2, d.n4);
        // A part of a name, in the middle of it.
        assertFound(search("search", "plzeň-bory " + TAG), d.n2, d.n3);
        assertFound(search("search", "ZÁBŘEH " + TAG), d.n1, d.n3, d.n4);
    }

    @Test
    void search_matches_the_document_number_in_any_case() {
        String number = d.documentNumber.get(d.n3);
        assertFound(search("search", number, "destinationLocationId", d.ostrava), d.n3);
        assertFound(search("search", number.toLowerCase(), "originLocationId", d.plzen), d.n3);
        assertThat(search("search", number).getList("items.id", String.class)).containsExactly(d.n3);
    }

    @Test
    void search_text_is_literal_wildcards_match_only_themselves() {
        assertFound(search("search", "%", "originLocationId", d.brno));
        assertFound(search("search", "_", "originLocationId", d.brno));
        assertFound(search("search", "Sklad_Brno", "originLocationId", d.brno));
        assertFound(search("search", "Brno%Černovice", "originLocationId", d.brno));
        assertFound(search("search", "\\", "originLocationId", d.brno));
        assertFound(search("search", "'", "originLocationId", d.brno));
        assertFound(search("search", "  Sklad Brno-Černovice " + TAG + "  "), d.n1, d.n2, d.n4);
    }

    // --- business and status ----------------------------------------------------------------------

    @Test
    void business_id_narrows_to_the_callers_business_another_finds_nothing() {
        assertFound(search("businessId", NoteRequests.TENANT, "search", TAG), d.n1, d.n2, d.n3, d.n4);
        JsonPath other = search("businessId", "globex");
        assertThat(other.getLong("total")).isZero();
        assertThat(other.getInt("totalPages")).isZero();
        assertThat(other.getList("items")).isEmpty();
        assertFound(search("businessId", "globex", "search", TAG));
    }

    @Test
    void status_filters_one_or_more_repeated_or_comma_separated() {
        assertFound(search("status", "DRAFT", "search", TAG), d.n1, d.n4);
        assertFound(search("status", "CANCELLED", "search", TAG), d.n2);
        assertFound(search("status", "ACTIVE", "search", TAG), d.n3);
        assertFound(search("status", "FULLY_RECEIVED", "search", TAG));
        assertFound(search("status", List.of("DRAFT", "CANCELLED"), "search", TAG), d.n1, d.n2, d.n4);
        assertFound(search("status", "DRAFT,ACTIVE", "search", TAG), d.n1, d.n3, d.n4);
        assertFound(search("status", List.of("CANCELLED,ACTIVE", "DRAFT"), "search", TAG), d.n1, d.n2, d.n3, d.n4);
        assertFound(search("status", "draft", "search", TAG), d.n1, d.n4);
    }

    // --- locations --------------------------------------------------------------------------------

    @Test
    void origin_and_destination_filter_alone_and_together() {
        assertFound(search("originLocationId", d.brno), d.n1, d.n2);
        assertFound(search("originLocationId", d.plzen), d.n3);
        assertFound(search("originLocationId", d.ostrava), d.n4);
        assertFound(search("destinationLocationId", d.ostrava), d.n1, d.n3);
        assertFound(search("destinationLocationId", d.brno), d.n4);
        assertFound(search("originLocationId", d.brno, "destinationLocationId", d.ostrava), d.n1);
        assertFound(search("originLocationId", d.brno, "destinationLocationId", d.plzen), d.n2);
        assertFound(search("originLocationId", d.plzen, "destinationLocationId", d.brno));
    }

    // --- created at ---------------------------------------------------------------------------------

    @Test
    void created_at_from_is_inclusive_and_to_is_exclusive() {
        Instant c1 = d.createdAt.get(d.n1);
        Instant c2 = d.createdAt.get(d.n2);
        Instant c3 = d.createdAt.get(d.n3);
        Instant c4 = d.createdAt.get(d.n4);
        assertThat(List.of(c1, c2, c3, c4)).isSorted().doesNotHaveDuplicates();

        assertFound(search("createdAtFrom", c2, "search", TAG), d.n2, d.n3, d.n4);
        assertFound(search("createdAtTo", c3, "search", TAG), d.n1, d.n2);
        assertFound(search("createdAtFrom", c2, "createdAtTo", c3, "search", TAG), d.n2);
        assertFound(search("createdAtFrom", c2, "createdAtTo", c4.plusNanos(1000), "search", TAG), d.n2, d.n3, d.n4);
        assertFound(search("createdAtFrom", c2.plusNanos(1000), "search", TAG), d.n3, d.n4);
        // An empty range (to = from) is allowed and finds nothing.
        assertFound(search("createdAtFrom", c2, "createdAtTo", c2, "search", TAG));
    }

    @Test
    void the_creation_instant_answered_on_create_is_the_one_the_filter_compares() {
        // A client pages "everything since the note I just made" with the createdAt the POST answered.
        assertThat(d.answeredOnCreate).isEqualTo(c(d.n1));
        assertFound(search("createdAtFrom", d.answeredOnCreate, "originLocationId", d.brno, "destinationLocationId", d.ostrava), d.n1);
        assertFound(search("createdAtTo", d.answeredOnCreate, "originLocationId", d.brno, "destinationLocationId", d.ostrava));
    }

    @Test
    void created_at_takes_a_date_meaning_its_start_in_utc() {
        LocalDate first = c(d.n1).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = c(d.n4).atZone(ZoneOffset.UTC).toLocalDate();
        List<String> all = List.of(d.n1, d.n2, d.n3, d.n4);

        assertFound(search("createdAtFrom", first.toString(), "createdAtTo", last.plusDays(1).toString(), "search", TAG),
                all.toArray(String[]::new));
        assertFound(search("createdAtTo", first.toString(), "search", TAG));
        assertFound(search("createdAtFrom", last.plusDays(1).toString(), "search", TAG));
        // Same answer for the date and for the instant of its midnight.
        String midnight = last.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        List<String> fromLastDay = all.stream().filter(id -> !c(id).isBefore(Instant.parse(midnight))).toList();
        assertFound(search("createdAtFrom", last.toString(), "search", TAG), fromLastDay.toArray(String[]::new));
        assertFound(search("createdAtFrom", midnight, "search", TAG), fromLastDay.toArray(String[]::new));
    }

    // --- dispatch date ------------------------------------------------------------------------------

    @Test
    void dispatch_date_from_is_inclusive_and_to_is_exclusive() {
        assertFound(search("dispatchDateFrom", "2031-03-02T08:00:00Z", "search", TAG), d.n2, d.n3, d.n4);
        assertFound(search("dispatchDateTo", "2031-03-02T08:00:00Z", "search", TAG), d.n1);
        assertFound(search("dispatchDateFrom", "2031-03-02T08:00:00Z", "dispatchDateTo", "2031-03-04T08:00:00Z",
                "search", TAG), d.n2, d.n3);
        assertFound(search("dispatchDateFrom", "2031-03-02T08:00:01Z", "dispatchDateTo", "2031-03-04T08:00:00.000001Z",
                "search", TAG), d.n3, d.n4);
        assertFound(search("dispatchDateFrom", "2031-03-04T08:00:00Z", "dispatchDateTo", "2031-03-04T08:00:00Z",
                "search", TAG));
    }

    @Test
    void dispatch_date_takes_a_date_meaning_its_start_in_utc() {
        // n3 leaves at midnight exactly: in from that date, out of to that date.
        assertFound(search("dispatchDateFrom", "2031-03-03", "search", TAG), d.n3, d.n4);
        assertFound(search("dispatchDateTo", "2031-03-03", "search", TAG), d.n1, d.n2);
        assertFound(search("dispatchDateFrom", "2031-03-02", "dispatchDateTo", "2031-03-04", "search", TAG), d.n2, d.n3);
        assertFound(search("dispatchDateFrom", "2031-03-01", "dispatchDateTo", "2031-03-05", "search", TAG),
                d.n1, d.n2, d.n3, d.n4);
        assertFound(search("dispatchDateFrom", "2031-04-01", "search", TAG));
    }

    // --- combined -----------------------------------------------------------------------------------

    @Test
    void filters_combine_with_and() {
        assertFound(search("status", "DRAFT,CANCELLED", "originLocationId", d.brno, "dispatchDateFrom", "2031-03-02",
                "search", TAG), d.n2);
        assertFound(search("createdAtFrom", c(d.n1), "createdAtTo", c(d.n4), "destinationLocationId", d.ostrava), d.n1, d.n3);
        assertFound(search("businessId", NoteRequests.TENANT, "status", "ACTIVE", "originLocationId", d.plzen,
                "destinationLocationId", d.ostrava, "createdAtFrom", c(d.n3), "createdAtTo", c(d.n4),
                "dispatchDateFrom", "2031-03-03", "dispatchDateTo", "2031-03-04", "search", "plzeň"), d.n3);
        assertFound(search("status", "DRAFT", "search", "ostrava-zábřeh " + TAG, "dispatchDateTo", "2031-03-04"), d.n1);
        assertFound(search("status", "ACTIVE", "originLocationId", d.brno));
        assertFound(search("businessId", "globex", "status", "DRAFT", "originLocationId", d.brno));
    }

    @Test
    void every_role_that_reads_gets_the_same_answer() {
        assertFound(search(AUDITOR, Map.of("originLocationId", d.brno)), d.n1, d.n2);
        assertFound(search(NoteRequests.CLERK, Map.of("originLocationId", d.brno)), d.n1, d.n2);
    }

    // --- paging and order ---------------------------------------------------------------------------

    @Test
    void ordered_by_dispatch_date_ascending_and_descending_in_pages() {
        JsonPath first = search("search", TAG, "orderBy", "dispatchDate", "order", "asc", "size", 3, "page", 1);
        assertThat(ids(first)).containsExactly(d.n1, d.n2, d.n3);
        assertPage(first, 1, 3, 4, 2);
        JsonPath second = search("search", TAG, "orderBy", "dispatchDate", "order", "asc", "size", 3, "page", 2);
        assertThat(ids(second)).containsExactly(d.n4);
        assertPage(second, 2, 3, 4, 2);
        JsonPath beyond = search("search", TAG, "orderBy", "dispatchDate", "order", "asc", "size", 3, "page", 3);
        assertThat(ids(beyond)).isEmpty();
        assertPage(beyond, 3, 3, 4, 2);

        assertThat(ids(search("search", TAG, "orderBy", "dispatchDate", "order", "desc", "size", 3)))
                .containsExactly(d.n4, d.n3, d.n2);
        assertThat(ids(search("search", TAG, "orderBy", "dispatchDate", "order", "DESC", "size", 3, "page", 2)))
                .containsExactly(d.n1);
        assertThat(ids(search("search", TAG, "orderBy", "dispatchDate", "order", "asc", "size", 200)))
                .containsExactly(d.n1, d.n2, d.n3, d.n4);
    }

    @Test
    void other_orders_and_the_default_newest_first() {
        assertThat(ids(search("search", TAG))).containsExactly(d.n4, d.n3, d.n2, d.n1);
        assertPage(search("search", TAG), 1, 20, 4, 1);
        assertThat(ids(search("search", TAG, "orderBy", "createdAt", "order", "asc"))).containsExactly(d.n1, d.n2, d.n3, d.n4);
        assertThat(ids(search("search", TAG, "orderBy", "documentNumber", "order", "asc"))).containsExactly(d.n1, d.n2, d.n3, d.n4);
        assertThat(ids(search("search", TAG, "orderBy", "documentNumber"))).containsExactly(d.n4, d.n3, d.n2, d.n1);
        // ACTIVE < CANCELLED < DRAFT; the two drafts in a stable order.
        assertThat(ids(search("search", TAG, "orderBy", "status", "order", "asc", "size", 2))).containsExactly(d.n3, d.n2);
        JsonPath one = search("search", TAG, "size", 1, "page", 4);
        assertThat(ids(one)).containsExactly(d.n1);
        assertPage(one, 4, 1, 4, 4);
    }

    @Test
    void a_page_of_results_carries_the_whole_note() {
        JsonPath page = search("originLocationId", d.plzen);
        assertThat(page.getString("items[0].status")).isEqualTo("ACTIVE");
        assertThat(page.getString("items[0].documentNumber")).isEqualTo(d.documentNumber.get(d.n3));
        assertThat(page.getString("items[0].businessId")).isEqualTo(NoteRequests.TENANT);
        assertThat(page.getString("items[0].destinationLocationId")).isEqualTo(d.ostrava.toString());
        assertThat(page.getString("items[0].dispatchDate")).isEqualTo("2031-03-03T00:00:00Z");
        assertThat(page.getBoolean("items[0].costDetail.frozen")).isTrue();
    }

    // --- bad parameters -------------------------------------------------------------------------------

    @Test
    void a_status_that_does_not_exist_is_a_400_naming_status() {
        assertBad("status", "malformed-parameter", "status", "NOPE");
        assertBad("status", "malformed-parameter", "status", "DRAFT,NOPE");
    }

    @Test
    void a_location_id_that_is_not_a_uuid_is_a_400_naming_it() {
        assertBad("originLocationId", "malformed-parameter", "originLocationId", "not-a-uuid");
        assertBad("destinationLocationId", "malformed-parameter", "destinationLocationId", "42");
    }

    @Test
    void a_date_that_is_neither_a_date_nor_an_instant_is_a_400_naming_it() {
        assertBad("createdAtFrom", "malformed-parameter", "createdAtFrom", "yesterday");
        assertBad("createdAtTo", "malformed-parameter", "createdAtTo", "2031-13-01");
        assertBad("dispatchDateFrom", "malformed-parameter", "dispatchDateFrom", "03/01/2031");
        assertBad("dispatchDateTo", "malformed-parameter", "dispatchDateTo", "2031-03-01 08:00");
    }

    @Test
    void a_range_ending_before_it_starts_is_a_400_naming_its_end() {
        assertBad("createdAtTo", "invalid-date-range", "createdAtFrom", "2031-03-02", "createdAtTo", "2031-03-01");
        assertBad("dispatchDateTo", "invalid-date-range", "dispatchDateFrom", "2031-03-02T08:00:00Z",
                "dispatchDateTo", "2031-03-02T07:59:59Z");
    }

    @Test
    void paging_out_of_bounds_or_an_unknown_order_is_a_400_naming_the_parameter() {
        assertBad("orderBy", "unsortable-field", "orderBy", "secret");
        assertBad("size", "validation-failed", "size", 500);
        assertBad("size", "validation-failed", "size", 0);
        assertBad("page", "validation-failed", "page", 0);
        assertBad("order", "validation-failed", "order", "sideways");
        assertBad("search", "validation-failed", "search", "x".repeat(101));
    }

    // --- helpers --------------------------------------------------------------------------------------

    private Instant c(String id) {
        return d.createdAt.get(id);
    }

    /** Search as the manager; {@code params} are name, value pairs (a List value repeats the parameter). */
    private static JsonPath search(Object... params) {
        return search(MANAGER, pairs(params));
    }

    private static JsonPath search(String token, Map<String, Object> params) {
        return request(token, params).get("/transfers-dispatch-note/search").then()
                .statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static RequestSpecification request(String token, Map<String, Object> params) {
        RequestSpecification request = given().header("Authorization", token);
        params.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.queryParam(name, values);
            } else {
                request.queryParam(name, value.toString());
            }
        });
        return request;
    }

    private static Map<String, Object> pairs(Object... params) {
        assertThat(params.length % 2).isZero();
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put((String) params[i], params[i + 1]);
        }
        return map;
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("items.id", String.class);
    }

    /** Exactly these notes (in any order), and a total that counts them. */
    private static void assertFound(JsonPath page, String... notes) {
        assertThat(ids(page)).containsExactlyInAnyOrder(notes);
        assertThat(page.getLong("total")).isEqualTo(notes.length);
        assertThat(page.getInt("totalPages")).isEqualTo(notes.length == 0 ? 0 : 1);
    }

    private static void assertPage(JsonPath page, int number, int size, long total, int totalPages) {
        assertThat(page.getInt("page")).isEqualTo(number);
        assertThat(page.getInt("size")).isEqualTo(size);
        assertThat(page.getLong("total")).isEqualTo(total);
        assertThat(page.getInt("totalPages")).isEqualTo(totalPages);
    }

    /** A 400 problem of {@code type} naming {@code field}, for the search narrowed to this test's notes. */
    private static void assertBad(String field, String type, Object... params) {
        Map<String, Object> query = pairs(params);
        query.putIfAbsent("originLocationId", data.brno);
        ValidatableResponse response = request(MANAGER, query).get("/transfers-dispatch-note/search").then();
        response.statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://opsuite.dev/problems/" + type))
                .body("errors.field", hasItem(field));
    }
}
