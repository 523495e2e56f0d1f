package com.kaeru.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PayaraServerTest {
    private static final StackSettings EMBEDDED = StackSettings.fromEnvironment(Path.of("/opt/kaeru"), Map.of());

    @Test
    void theRunCommandStartsTheAppsInDevelopmentMode() {
        // The apps default to production and would refuse the dev realm's shipped secrets.
        assertThat(PayaraServer.applicationProperties(EMBEDDED, Map.of(), Map.of()))
                .containsEntry("kaeru.mode", "development")
                .containsEntry("kaeru.keycloak.url", "http://localhost:8180");
    }

    @Test
    void anOperatorCanAskTheLauncherForProductionMode() {
        assertThat(PayaraServer.applicationProperties(EMBEDDED, Map.of("KAERU_MODE", "production"), Map.of()))
                .containsEntry("kaeru.mode", "production");
    }

    @Test
    void theReadDataSourceIsTheReplicaWhenGivenAndThePrimaryOtherwise() {
        assertThat(PayaraServer.applicationProperties(EMBEDDED, Map.of(), Map.of()))
                .doesNotContainKeys("kaeru.db.read-url", "kaeru.db.read-user", "kaeru.db.read-password");
        assertThat(PayaraServer.applicationProperties(EMBEDDED, Map.of("KAERU_DB_READ_URL",
                        "jdbc:postgresql://replica:5432/kaeru", "KAERU_DB_READ_USER", "kaeru_app"), Map.of()))
                .containsEntry("kaeru.db.read-url", "jdbc:postgresql://replica:5432/kaeru")
                .containsEntry("kaeru.db.read-user", "kaeru_app")
                .doesNotContainKey("kaeru.db.read-password");
    }

    @Test
    void everyInstanceBootsWithHttp2OffAndAFixedHttpPool(@org.junit.jupiter.api.io.TempDir Path dataDir)
            throws java.io.IOException {
        StackSettings settings = StackSettings.fromEnvironment(Path.of("/opt/kaeru"),
                Map.of("KAERU_DATA_DIR", dataDir.toString()));
        Path file = PayaraServer.preBootCommands(settings, "payara-2");
        String commands = java.nio.file.Files.readString(file);
        assertThat(file.getFileName()).hasToString("payara-2-pre-boot.asadmin");
        // h2c upgrades had deadlocked Grizzly's listener threads; a pool that grows shows as a thread "leak"
        assertThat(commands).contains("http-listener.http.http2-enabled=false")
                .contains("http-thread-pool.min-thread-pool-size=200")
                .contains("http-thread-pool.max-thread-pool-size=200");
    }

    @Test
    void theEmbeddedRunImportsTheDevelopmentRealm() {
        assertThat(EMBEDDED.realmFile()).isEqualTo(Path.of("/opt/kaeru/deploy/keycloak/kaeru-realm-dev.json"));
    }
}
