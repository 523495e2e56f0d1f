package com.kaeru.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackSettingsTest {
    private static final Path HOME = Path.of("/opt/kaeru");

    @Test
    void defaultsDescribeTheEmbeddedRun() {
        StackSettings s = StackSettings.fromEnvironment(HOME, Map.of());
        assertThat(s.httpPort()).isEqualTo(8080);
        assertThat(s.keycloakPort()).isEqualTo(8180);
        assertThat(s.dbUrl()).isEqualTo("jdbc:postgresql://localhost:15432/kaeru");
        assertThat(s.issuer()).isEqualTo("http://localhost:8180/realms/kaeru");
        assertThat(s.dataDir()).isEqualTo(HOME.resolve("deploy/.data"));
        assertThat(s.wars()).extracting(p -> p.getFileName().toString())
                .containsExactly("api.war", "admin.war", "portal.war");
        assertThat(s.demoData()).isTrue();
        assertThat(s.smtpPort()).isEqualTo(2525);
    }

    @Test
    void externalDatabaseAndKeycloakReplaceTheEmbeddedOnes() {
        StackSettings s = StackSettings.fromEnvironment(HOME, Map.of(
                "KAERU_DB_URL", "jdbc:postgresql://db.internal:5432/kaeru",
                "KAERU_KEYCLOAK_URL", "https://id.example.com",
                "KAERU_HTTP_PORT", "9090",
                "KAERU_DEMO_DATA", "false"));
        assertThat(s.dbUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/kaeru");
        assertThat(s.issuer()).isEqualTo("https://id.example.com/realms/kaeru");
        assertThat(s.baseUrl()).isEqualTo("http://localhost:9090");
        assertThat(s.demoData()).isFalse();
    }

    @Test
    void aPortThatIsNotANumberGetsAClearMessage() {
        assertThatThrownBy(() -> StackSettings.fromEnvironment(HOME, Map.of("KAERU_HTTP_PORT", "eighty")))
                .isInstanceOf(LaunchException.class).hasMessageContaining("KAERU_HTTP_PORT must be a whole number");
    }
}
