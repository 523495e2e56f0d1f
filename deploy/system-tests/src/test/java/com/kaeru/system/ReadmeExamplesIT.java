package com.kaeru.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The README's shell examples, run verbatim against the system under test (only the two ports
 * differ), so the page a newcomer reads first cannot rot: the walkthrough once died at step 3
 * with {@code KeyError: 'refunds'} and nobody noticed.
 */
class ReadmeExamplesIT {
    private static final Path README = Path.of(System.getProperty("kaeru.system.readme", "../../README.md"));

    /** The first {@code ```bash} block after the heading. */
    static String bashBlock(String readme, String heading) {
        int section = readme.indexOf(heading);
        assertThat(section).as("README heading '%s'", heading).isNotNegative();
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private static String run(String heading) throws IOException, InterruptedException {
        String script = bashBlock(Files.readString(README), heading)
                .replace("http://localhost:8080", SystemUnderTest.baseUrl())
                .replace("http://localhost:8180", SystemUnderTest.keycloakUrl());
        Process bash = new ProcessBuilder("bash", "-e", "-c", script).redirectErrorStream(true).start();
        String output;
        try (var out = bash.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(bash.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(bash.exitValue()).as("exit status; output:%n%s", output).isZero();
        return output;
    }

    @Test
    void aReturnThroughTheApiAloneEndsCompletedWithTheRefundIssued() throws Exception {
        String output = run("## A return through the API alone");
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).startsWith("('COMPLETED', [{").contains("'method': 'STORE_CREDIT'", "'status': 'ISSUED'")
                .contains("'EXCHANGE_SHIPMENT_REQUESTED'", "'REFUND_ISSUED'"); // the warehouse ships it later
    }

    @Test
    void theScriptTokenCallsTheApiAsTheDemoUser() throws Exception {
        assertThat(run("### A token for scripts")).contains("\"username\":\"mixed-staff\"");
    }
}
