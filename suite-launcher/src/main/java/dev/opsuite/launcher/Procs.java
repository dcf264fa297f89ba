package dev.opsuite.launcher;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Process, pid-file and file-permission helpers shared by the launcher classes. */
final class Procs {

    /** PostgreSQL refuses to run as root; as root it is run as this user and group. */
    static final String PG_USER = "nobody";
    static final String PG_GROUP = "nogroup";

    private static final File DEV_NULL = new File("/dev/null");
    private static volatile Boolean root;

    private Procs() {
    }

    static boolean isRoot() {
        Boolean r = root;
        if (r == null) {
            try {
                Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
                r = Integer.valueOf(0).equals(uid);
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                r = "root".equals(System.getProperty("user.name"));
            }
            root = r;
        }
        return r;
    }

    /** The java binary of the running JVM. */
    static String javaBinary() {
        Optional<String> command = ProcessHandle.current().info().command();
        if (command.isPresent() && command.get().endsWith("java") && Files.isExecutable(Path.of(command.get()))) {
            return command.get();
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** `setsid` if available: started processes get their own session, so Ctrl-C or closing the terminal spares them. */
    static List<String> detachPrefix() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return List.of(candidate);
            }
        }
        return List.of();
    }

    /** Prefix running a command as the PostgreSQL user: `setpriv ... ` as root, nothing otherwise. */
    static List<String> asPostgresUser() {
        if (!isRoot()) {
            return List.of();
        }
        return List.of("setpriv", "--reuid=" + PG_USER, "--regid=" + PG_GROUP, "--clear-groups");
    }

    static void chownToPostgresUser(Path path) throws IOException {
        if (!isRoot()) {
            return;
        }
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setOwner(lookup.lookupPrincipalByName(PG_USER));
        Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setGroup(lookup.lookupPrincipalByGroupName(PG_GROUP));
    }

    /**
     * As root, adds o+x to the path and every ancestor lacking it, so that the PostgreSQL user can reach files below
     * (JUnit's @TempDir folders, for instance, are created rwx------). Does nothing when not root.
     */
    static void makeTraversableByOthers(Path path) throws IOException {
        if (!isRoot()) {
            return;
        }
        for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (!Files.isDirectory(p)) {
                continue;
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                Set<PosixFilePermission> updated = EnumSet.copyOf(perms);
                updated.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, updated);
            }
        }
    }

    // ---------------------------------------------------------------- pid files and process liveness

    static OptionalLong readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return OptionalLong.empty();
            }
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static void writePid(Path pidFile, long pid) throws IOException {
        Files.createDirectories(pidFile.toAbsolutePath().getParent());
        Path temp = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
        Files.writeString(temp, pid + "\n", StandardCharsets.UTF_8);
        Files.move(temp, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The live process with this pid whose command line contains the marker. When the command line cannot be read
     * (another user's process, when not root) the process is taken as a match.
     */
    static Optional<ProcessHandle> alive(long pid, String marker) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> !isZombie(h));
        if (handle.isEmpty()) {
            return handle;
        }
        Optional<String> commandLine = commandLine(handle.get());
        if (commandLine.isPresent() && !commandLine.get().contains(marker)) {
            return Optional.empty();
        }
        return handle;
    }

    static Optional<ProcessHandle> alive(Path pidFile, String marker) {
        OptionalLong pid = readPid(pidFile);
        return pid.isPresent() ? alive(pid.getAsLong(), marker) : Optional.empty();
    }

    /**
     * A killed process stays a zombie until its parent reaps it, and ProcessHandle reports it alive meanwhile (for
     * good in containers whose pid 1 does not reap). Reads the state letter of /proc/PID/stat.
     */
    static boolean isZombie(ProcessHandle handle) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"), StandardCharsets.UTF_8);
            int close = stat.lastIndexOf(')');
            if (close > 0 && close + 2 < stat.length()) {
                char state = stat.charAt(close + 2);
                return state == 'Z' || state == 'X';
            }
        } catch (IOException | SecurityException e) {
            // gone or unreadable: let ProcessHandle decide
        }
        return false;
    }

    /** Full command line, read from /proc (ProcessHandle.Info.commandLine() can be empty for long lines). */
    static Optional<String> commandLine(ProcessHandle handle) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(handle.pid()), "cmdline"));
            if (raw.length > 0) {
                for (int i = 0; i < raw.length; i++) {
                    if (raw[i] == 0) {
                        raw[i] = ' ';
                    }
                }
                return Optional.of(new String(raw, StandardCharsets.UTF_8).trim());
            }
        } catch (IOException | SecurityException e) {
            // fall through
        }
        return handle.info().commandLine();
    }

    /** SIGTERM, wait up to grace, then SIGKILL. Returns true when the process is gone. */
    static boolean terminate(ProcessHandle handle, Duration grace) {
        if (!isLive(handle)) {
            return true;
        }
        handle.destroy();
        if (waitForExit(handle, grace)) {
            return true;
        }
        handle.destroyForcibly();
        return waitForExit(handle, Duration.ofSeconds(10));
    }

    /** Alive and not a zombie. */
    static boolean isLive(ProcessHandle handle) {
        return handle.isAlive() && !isZombie(handle);
    }

    /** Waits until the process has exited (or is a zombie); true when it has. */
    static boolean waitForExit(ProcessHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                handle.onExit().get(100, TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException | ExecutionException e) {
                if (!isLive(handle)) {
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isLive(handle);
            }
            if (System.nanoTime() > deadline) {
                return !isLive(handle);
            }
        }
    }

    // ---------------------------------------------------------------- running commands

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs a command to completion, output (stdout+stderr) captured through a temporary file, not a pipe. */
    static Result run(List<String> command, Path workDir, Duration timeout, Map<String, String> env) throws IOException {
        Path out = Files.createTempFile("opsuite-cmd", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL));
            if (workDir != null) {
                pb.directory(workDir.toFile());
            }
            pb.environment().putAll(env);
            Process process = pb.start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IOException("Interrupted while running " + command);
            }
            if (!finished) {
                process.destroyForcibly();
                return new Result(-1, Files.readString(out, StandardCharsets.UTF_8) + "\n(timed out after " + timeout + ")");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static ProcessBuilder.Redirect devNull() {
        return ProcessBuilder.Redirect.from(DEV_NULL);
    }

    // ---------------------------------------------------------------- log files

    /** The last lines of a (possibly large) text file; empty string when missing. */
    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int chunk = (int) Math.min(length, 256L * 1024);
            byte[] buffer = new byte[chunk];
            raf.seek(length - chunk);
            raf.readFully(buffer);
            String text = new String(buffer, StandardCharsets.UTF_8);
            List<String> all = List.of(text.split("\r?\n", -1));
            int end = all.size();
            if (end > 0 && all.get(end - 1).isEmpty()) {
                end--;
            }
            int from = Math.max(0, end - lines);
            return String.join("\n", new ArrayList<>(all.subList(from, end)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps one previous log: file -> file.1. */
    static void rotate(Path logFile) throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        if (Files.exists(logFile)) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String indent(String text) {
        return text.isEmpty() ? "    (empty)" : "    " + text.replace("\n", "\n    ");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
