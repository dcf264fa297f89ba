package dev.opsuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    static {
        TestDirs.ensureTmpDir();
    }

    @TempDir
    Path dir;

    @Test
    void startsStopsAndRestartsOnTheSameWorkDir() throws Exception {
        Path work = dir.resolve("kafka");
        int port = Ports.freePort();
        int controllerPort = Ports.freePort();
        KafkaBroker first = KafkaBroker.start(work, port, controllerPort);
        KafkaBroker second = null;
        try {
            assertThat(first.isRunning()).isTrue();
            assertThat(first.reused()).isFalse();
            assertThat(first.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(Ports.accepts(port, 1000)).isTrue();
            assertThat(Files.readString(work.resolve("broker.log"))).contains(KafkaBroker.READY_LINE);
            assertThat(Procs.readPid(work.resolve("kafka.pid")).getAsLong()).isEqualTo(first.pid());
            String clusterId = Files.readString(work.resolve("cluster.id")).trim();
            assertThat(Files.readString(work.resolve("data/meta.properties"))).contains("cluster.id=" + clusterId);

            // same ports while running: adopted
            KafkaBroker adopted = KafkaBroker.start(work, port, controllerPort);
            assertThat(adopted.reused()).isTrue();
            assertThat(adopted.pid()).isEqualTo(first.pid());

            long firstPid = first.pid();
            first.stop();
            first.stop();
            assertThat(first.isRunning()).isFalse();
            assertThat(ProcessHandle.of(firstPid).filter(Procs::isLive)).isEmpty();
            assertThat(Ports.accepts(port, 500)).isFalse();
            assertThat(work.resolve("kafka.pid")).doesNotExist();

            // second start on the same work folder: formatted once, same cluster
            second = KafkaBroker.start(work, port, controllerPort);
            assertThat(second.isRunning()).isTrue();
            assertThat(second.pid()).isNotEqualTo(firstPid);
            assertThat(Files.readString(work.resolve("cluster.id")).trim()).isEqualTo(clusterId);

            // (after a kill -9 a restart works too, but KRaft then waits out the 9 s broker session timeout:
            //  too slow for a unit test; the stale pid file detection is covered below)
            KafkaBroker.stopIfRunning(work);
            assertThat(second.isRunning()).isFalse();
            assertThat(work.resolve("kafka.pid")).doesNotExist();
            KafkaBroker.stopIfRunning(work);
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void stalePidFilesAreNotMistakenForARunningBroker() throws Exception {
        Path work = dir.resolve("stale");
        Files.createDirectories(work);
        // a pid that names a live process which is not this work folder's broker (this test JVM)
        Files.writeString(work.resolve("kafka.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(KafkaBroker.running(work)).isEmpty();
        // a pid of a process that has exited
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Files.writeString(work.resolve("kafka.pid"), done.pid() + "\n");
        assertThat(KafkaBroker.running(work)).isEmpty();
        KafkaBroker.stopIfRunning(work);
        assertThat(work.resolve("kafka.pid")).doesNotExist();
    }
}
