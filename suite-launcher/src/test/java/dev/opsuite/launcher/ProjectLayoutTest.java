package dev.opsuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutTest {

    static {
        TestDirs.ensureTmpDir();
    }

    @TempDir
    Path dir;

    @Test
    void findsTheRootAndTheBinaries() {
        Path root = ProjectLayout.root();
        assertThat(root.resolve("suite")).isRegularFile();
        assertThat(root.resolve("suite-launcher")).isDirectory();
        assertThat(ProjectLayout.kafkaLibDir()).isEqualTo(root.resolve("kafka-broker/target/lib"));
        Path pg = ProjectLayout.postgresBinaries();
        assertThat(pg).isEqualTo(root.resolve(".suite/cache/postgres-18.6.0"));
        for (String tool : new String[] {"initdb", "pg_ctl", "postgres"}) {
            assertThat(Files.isExecutable(pg.resolve("bin").resolve(tool))).as(tool).isTrue();
        }
        assertThat(pg.resolve("lib/libpq.so")).exists(); // a symlink in the archive
    }

    @Test
    void rootCanBeGivenExplicitly() throws Exception {
        String saved = System.getProperty("opsuite.root");
        try {
            Files.writeString(dir.resolve("suite"), "#!/bin/sh\n");
            Files.createDirectories(dir.resolve("a/b"));
            System.setProperty("opsuite.root", dir.resolve("a/b").toString());
            assertThat(ProjectLayout.root()).isEqualTo(dir.toAbsolutePath());
        } finally {
            if (saved == null) {
                System.clearProperty("opsuite.root");
            } else {
                System.setProperty("opsuite.root", saved);
            }
        }
    }

    @Test
    void failsClearlyOutsideACheckout() throws Exception {
        // The temporary folder lies inside the checkout (target/tmp), so every real folder has the `suite` script above
        // it. A file system of its own (a zip file) has no such ancestor: the search runs to its root and fails there.
        try (FileSystem elsewhere = FileSystems.newFileSystem(dir.resolve("elsewhere.zip"), Map.of("create", "true"))) {
            Path start = Files.createDirectories(elsewhere.getPath("/a/b"));
            Files.writeString(elsewhere.getPath("/a/suite"), "#!/bin/sh\n");
            assertThat(ProjectLayout.rootAbove(start)).isEqualTo(elsewhere.getPath("/a"));

            Files.delete(elsewhere.getPath("/a/suite"));
            assertThatThrownBy(() -> ProjectLayout.rootAbove(start))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("`suite` script")
                    .hasMessageContaining("above /a/b")
                    .hasMessageContaining("-Dopsuite.root=");
        }
    }

    @Test
    void freePortIsBindable() {
        int port = Ports.freePort();
        assertThat(port).isBetween(1024, 65535);
        assertThat(Ports.isFree(port)).isTrue();
    }
}
