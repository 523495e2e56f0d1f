package com.kaeru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * HAProxy in front of several Payara Micro instances ({@code ./deploy/run.sh --instances 2}): the
 * API round-robin without affinity, the console and the portal sticky by a cookie (Vaadin keeps a
 * UI's state in the HTTP session of one instance), instances taken out while not ready. The same
 * split as the Kubernetes Ingresses (docs/kubernetes.md). Each response names the instance that
 * served it ({@code X-Kaeru-Instance}), for tests and for reading logs.
 */
public final class LoadBalancer {
    private static final Logger LOG = Logger.getLogger(LoadBalancer.class.getName());
    /** The sticky cookie, as in the Kubernetes ingress. */
    public static final String ROUTE_COOKIE = "KAERU_ROUTE";
    public static final String INSTANCE_HEADER = "X-Kaeru-Instance";

    private LoadBalancer() {
    }

    /** Starts HAProxy on {@code port} in front of the instances listening on {@code instancePorts}. */
    public static ManagedProcess start(StackSettings settings, int port, List<Integer> instancePorts) {
        String haproxy = executable();
        Ports.requireFree(port, "the load balancer", "KAERU_HTTP_PORT");
        Path runDir = settings.dataDir().resolve("run");
        Path config = runDir.resolve("haproxy.cfg");
        try {
            Files.createDirectories(runDir);
            Files.writeString(config, configuration(port, instancePorts));
        } catch (IOException e) {
            throw new LaunchException("Could not write " + config + ": " + e.getMessage(), e);
        }
        LOG.info("Starting HAProxy on port " + port + " in front of ports " + instancePorts);
        // -db: stay in the foreground, so the launcher owns the process and its log.
        return ManagedProcess.start("haproxy", "haproxy.cfg", List.of(haproxy, "-db", "-f", config.toString()),
                settings.dataDir(), Map.of(), runDir);
    }

    /** The HAProxy configuration; its own method so that a unit test can read it. */
    static String configuration(int port, List<Integer> instancePorts) {
        List<String> api = new ArrayList<>();
        List<String> web = new ArrayList<>();
        for (int i = 0; i < instancePorts.size(); i++) {
            String name = "kaeru-" + (i + 1);
            String address = "127.0.0.1:" + instancePorts.get(i);
            api.add("    server " + name + " " + address + " check inter 2s fall 2 rise 1");
            web.add("    server " + name + " " + address + " check inter 2s fall 2 rise 1 cookie " + name);
        }
        return """
                # Written by the Kaeru launcher for --instances; edits are overwritten at the next start.
                global
                    maxconn 4096

                defaults
                    mode http
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                    timeout http-request 30s
                    option forwardfor
                    # Instances answer ready only when every application is (MicroProfile Health).
                    option httpchk GET /health/ready
                    http-check expect status 200
                    # A request to an instance that just died is sent to another one.
                    retries 2
                    option redispatch

                frontend kaeru
                    bind 127.0.0.1:%1$d
                    acl ui path_beg /admin /portal
                    use_backend web if ui
                    default_backend api
                    http-response set-header %2$s %%s

                # The REST API (and health, OpenAPI): stateless, any instance serves any call.
                backend api
                    balance roundrobin
                %3$s

                # The console and the portal: sticky, the session lives on one instance.
                backend web
                    balance roundrobin
                    cookie %4$s insert indirect nocache httponly
                %5$s
                """.formatted(port, INSTANCE_HEADER, String.join("\n", api), ROUTE_COOKIE, String.join("\n", web));
    }

    /** Ready once it forwards to at least one ready instance. */
    public static void awaitReady(ManagedProcess haproxy, String baseUrl) {
        haproxy.await(baseUrl + "/health/ready", Duration.ofSeconds(60), (status, body) -> status == 200);
    }

    private static String executable() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new LaunchException("--instances needs HAProxy as the load balancer (Debian: apt-get install haproxy)");
    }
}
