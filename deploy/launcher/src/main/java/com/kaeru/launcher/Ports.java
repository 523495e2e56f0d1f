package com.kaeru.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

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

    /** A port that was free a moment ago (for tests). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LaunchException("No free port", e);
        }
    }
}
