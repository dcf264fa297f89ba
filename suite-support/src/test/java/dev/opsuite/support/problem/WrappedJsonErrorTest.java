package dev.opsuite.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class WrappedJsonErrorTest {

    record Reading(Long odometerKm) {
    }

    final ObjectMapper json = new ObjectMapper();
    final ProblemMappers mappers = new ProblemMappers(json, null);

    @Test
    void a_number_beyond_a_long_that_quarkus_wrapped_in_a_400_names_its_field() throws Exception {
        JsonMappingException overflow = catchThrowableOfType(JsonMappingException.class,
                () -> json.readValue("{\"odometerKm\": 9223372036854775808}", Reading.class));

        Response response = mappers.web(new WebApplicationException(overflow, Response.Status.BAD_REQUEST), null);

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree((String) response.getEntity());
        assertThat(problem.path("type").asText()).isEqualTo("https://opsuite.dev/problems/malformed-request");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("odometerKm");
    }

    @Test
    void another_400_stays_as_it_was() throws Exception {
        Response response = mappers.web(new WebApplicationException("no such thing", Response.Status.BAD_REQUEST), null);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json.readTree((String) response.getEntity()).path("type").asText())
                .isEqualTo("https://opsuite.dev/problems/bad-request");
    }
}
