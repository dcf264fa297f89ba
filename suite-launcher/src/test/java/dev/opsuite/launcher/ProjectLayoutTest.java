package dev.opsuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void rootCanBeGivenExplicitlyAndFailsClearlyOutsideACheckout() throws Exception {
        String saved = System.getProperty("opsuite.root");
        try {
            Files.writeString(dir.resolve("suite"), "#!/bin/sh\n");
            Files.createDirectories(dir.resolve("a/b"));
            System.setProperty("opsuite.root", dir.resolve("a/b").toString());
            assertThat(ProjectLayout.root()).isEqualTo(dir.toAbsolutePath());

            Files.delete(dir.resolve("suite"));
            System.setProperty("opsuite.root", dir.resolve("a/b").toString());
            if (!Files.exists(Path.of("/suite"))) {
                // only meaningful when no ancestor of the temp folder holds a `suite` file
                boolean ancestorHasSuite = false;
                for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
                    ancestorHasSuite |= Files.isRegularFile(p.resolve("suite"));
                }
                if (!ancestorHasSuite) {
                    assertThatThrownBy(ProjectLayout::root).hasMessageContaining("`suite` script");
                }
            }
        } finally {
            if (saved == null) {
                System.clearProperty("opsuite.root");
            } else {
                System.setProperty("opsuite.root", saved);
            }
        }
    }

    @Test
    void freePortIsBindable() {
        int port = Ports.freePort();
        assertThat(port).isBetween(1024, 65535);
        assertThat(Ports.isFree(port)).isTrue();
    }
}
