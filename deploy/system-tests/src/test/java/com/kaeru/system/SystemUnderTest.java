package com.kaeru.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaeru.launcher.FileTrees;
import com.kaeru.launcher.KaeruStack;
import com.kaeru.launcher.Ports;
import com.kaeru.launcher.StackSettings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Starts the whole stack once for the test run and stops it at the end. */
public class SystemUnderTest implements LauncherSessionListener {
    public static final int HTTP_PORT = Integer.getInteger("kaeru.system.http-port", 18080);
    public static final int KEYCLOAK_PORT = Integer.getInteger("kaeru.system.keycloak-port", 18180);

    private static KaeruStack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dist = System.getProperty("kaeru.system.dist");
        if (dist == null || stack != null || Boolean.getBoolean("kaeru.system.external")) {
            return;
        }
        Path distDir = Path.of(dist);
        Path dataDir = Path.of(System.getProperty("kaeru.system.data"));
        // A fresh database every run (the realm is imported only into an empty one); the unpacked
        // Keycloak is kept, its first start is the slow part.
        for (String stale : List.of("postgres", "payara", "run")) {
            FileTrees.deleteQuietly(dataDir.resolve(stale));
        }
        int[] ports = Ports.free(4);
        StackSettings settings = new StackSettings(
                dataDir,
                distDir,
                List.of(distDir.resolve("api.war"), distDir.resolve("admin.war"), distDir.resolve("portal.war")),
                Path.of(System.getProperty("kaeru.system.realm")),
                HTTP_PORT, KEYCLOAK_PORT, ports[0], ports[1],
                Optional.empty(), Optional.empty(), true, ports[2], ports[3]);
        stack = KaeruStack.start(settings, Map.of());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    /** The development inbox of the stack this run started (empty against an external system). */
    public static Optional<com.kaeru.launcher.DevMailCatcher> mail() {
        return stack == null ? Optional.empty() : Optional.ofNullable(stack.mail());
    }

    /** Where the stack this run started keeps its database and Keycloak, for tests that add instances to it. */
    public static Optional<com.kaeru.launcher.StackSettings> settings() {
        return stack == null ? Optional.empty() : Optional.of(stack.settings());
    }

    public static String baseUrl() {
        return "http://localhost:" + HTTP_PORT;
    }

    public static String keycloakUrl() {
        return "http://localhost:" + KEYCLOAK_PORT;
    }
}
