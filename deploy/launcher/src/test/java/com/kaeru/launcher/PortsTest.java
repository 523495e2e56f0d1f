package com.kaeru.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void handsOutDistinctBindablePortsBelowTheEphemeralRange() throws IOException {
        int[] ports = Ports.free(6);

        assertThat(ports).hasSize(6).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ports).boxed()).allMatch(p -> p >= Ports.FIRST_TEST_PORT && p < Ports.LAST_TEST_PORT);
        for (int port : ports) {
            try (ServerSocket server = new ServerSocket()) {
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                assertThat(server.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void skipsAPortSomeoneListensOn() throws IOException {
        int[] first = Ports.free(1);
        try (ServerSocket occupied = new ServerSocket()) {
            occupied.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), first[0]));
            for (int i = 0; i < 50; i++) {
                assertThat(Arrays.stream(Ports.free(3)).boxed()).doesNotContain(first[0]);
            }
        }
    }
}
