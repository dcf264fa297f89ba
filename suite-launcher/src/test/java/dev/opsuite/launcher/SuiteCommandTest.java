package dev.opsuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI commands that need no running processes. */
class SuiteCommandTest {

    static {
        TestDirs.ensureTmpDir();
    }

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        Suite suite = new Suite(root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return suite.run(args);
    }

    @Test
    void tokenPrintsOnlyTheJwt() throws Exception {
        assertThat(run("token", "dispatcher")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\n");
        assertThat(root.resolve(".suite/keys/public-key.pem")).exists();
        String claims = new String(java.util.Base64.getUrlDecoder().decode(printed.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"dev-dispatcher\"", "\"groups\":[\"dispatcher\"]", "\"tenant\":\"acme\"",
                "\"aud\":[\"dispatch-service\",\"inventory-transfer-service\",\"fleet-service\",\"field-service\",\"billing-service\"]");

        out.reset();
        assertThat(run("token", "billing-clerk", "globex")).isZero();
        String claims2 = new String(java.util.Base64.getUrlDecoder().decode(out.toString(StandardCharsets.UTF_8).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims2).contains("\"tenant\":\"globex\"", "\"groups\":[\"billing-clerk\"]");

        out.reset();
        assertThat(run("token", "technician", "globex", "petr")).isZero();
        String claims3 = new String(java.util.Base64.getUrlDecoder().decode(out.toString(StandardCharsets.UTF_8).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims3).contains("\"sub\":\"petr\"", "\"groups\":[\"technician\"]");
    }

    @Test
    void upWithoutServiceJarsSaysWhatToBuild() throws Exception {
        Files.createDirectories(root.resolve("dispatch-service/target/quarkus-app"));
        Files.writeString(root.resolve("dispatch-service/target/quarkus-app/quarkus-run.jar"), "");
        assertThat(run("up")).isEqualTo(1);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("not built", "billing-service", "field-service/target/quarkus-app/quarkus-run.jar",
                "ops-console/target/quarkus-app/quarkus-run.jar",
                "./mvnw install -DskipTests", "./suite up --infra");
        assertThat(message).doesNotContain("dispatch-service:");
        assertThat(root.resolve(".suite")).doesNotExist();
    }

    @Test
    void statusAndDownWorkWhenNothingRuns() throws Exception {
        assertThat(run("down")).isZero();
        assertThat(run("status")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("postgres", "kafka", "dispatch-service", "stopped", "port 5432", "port 8085",
                "ops-console", "port 8080");
        assertThat(printed).doesNotContain("running ");
    }

    @Test
    void unknownCommandIsRejected() throws Exception {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command", "usage");
        assertThat(run("token")).isEqualTo(2);
    }
}
