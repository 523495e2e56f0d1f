package com.kaeru.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Port checks, so an occupied port gives a clear message instead of a hang. */
public final class Ports {
    private Ports() {
    }

    /** True when something already accepts connections on localhost at this port. */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void requireFree(int port, String what, String variable) {
        if (inUse(port)) {
            throw new LaunchException("Port " + port + " (" + what + ") is already in use. Stop whatever "
                    + "listens there (e.g. `ss -ltnp | grep :" + port + "`) or choose another port with "
                    + variable + "=<port>.");
        }
    }

    /**
     * Lowest and highest port handed out by {@link #free(int)}: below Linux's ephemeral range
     * (32768–60999), so an outgoing connection (a database pool, Keycloak, a browser) cannot take a
     * port between the moment it is chosen and the moment a server binds it.
     */
    static final int FIRST_TEST_PORT = 20000;
    static final int LAST_TEST_PORT = 32000;

    /** A port that was free a moment ago (for tests). */
    public static int free() {
        return free(1)[0];
    }

    /**
     * {@code count} distinct ports that were free a moment ago (for tests). All of them are held open
     * until the last one is found, so two calls within one stack never return the same port.
     */
    public static int[] free(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int span = LAST_TEST_PORT - FIRST_TEST_PORT;
            int start = ThreadLocalRandom.current().nextInt(span);
            for (int i = 0; i < span && held.size() < count; i++) {
                int port = FIRST_TEST_PORT + (start + i) % span;
                ServerSocket socket = tryBind(port);
                if (socket != null) {
                    held.add(socket);
                }
            }
            if (held.size() < count) {
                throw new LaunchException("No " + count + " free ports between " + FIRST_TEST_PORT + " and "
                        + LAST_TEST_PORT);
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            held.forEach(Ports::closeQuietly);
        }
    }

    private static ServerSocket tryBind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            try {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return socket;
            } catch (IOException taken) {
                socket.close();
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port stays free either way
        }
    }
}
