package dev.opsuite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Local TCP port helpers (everything binds to 127.0.0.1). */
public final class Ports {

    static final String HOST = "127.0.0.1";

    private Ports() {
    }

    /** Binds 127.0.0.1:0 and returns the port the system picked (free at the time of the call). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port", e);
        }
    }

    /** True when 127.0.0.1:port can be bound right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when something accepts TCP connections on 127.0.0.1:port. */
    public static boolean accepts(int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until {@code port} accepts connections while {@code process} lives: false if it died or time ran out. */
    static boolean awaitAccepting(int port, ProcessHandle process, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Procs.isLive(process)) {
            if (accepts(port, 500)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Procs.sleep(200);
        }
        return false;
    }
}
