package com.kaeru.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.kaeru.backend.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document integrators generate clients from is the one checked in under
 * {@code backend/contract/src/main/openapi} (linted by the contract's build, used by the system tests'
 * generated client). This test keeps it honest: the document the deployed {@code api.war} serves must be
 * the checked-in one. They are compared as YAML data, not text: Payara writes a path's operations
 * (get, put, post…) in reflection order, which differs between runs, and mapping order means nothing
 * in OpenAPI. After changing a resource or a DTO, refresh it with {@code -Dkaeru.openapi.update=true}
 * (see docs/api.md) and review the diff like code; a refresh that changes nothing but order keeps
 * the checked-in text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void servedDocumentIsTheCheckedInOne() throws Exception {
        String served = fetch(URI.create(base.toString()).resolve("/openapi"));
        Path captured = Path.of(System.getProperty("kaeru.it.openapi.captured"));
        Files.createDirectories(captured.getParent());
        Files.writeString(captured, served, StandardCharsets.UTF_8);

        Path checkedIn = Path.of(System.getProperty("kaeru.it.openapi.checked-in"));
        if (Boolean.getBoolean("kaeru.openapi.update")
                && (!Files.exists(checkedIn) || !asData(served).equals(asData(Files.readString(checkedIn))))) {
            Files.writeString(checkedIn, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(checkedIn))
                .as("%s is missing: run this test with -Dkaeru.openapi.update=true", checkedIn).isTrue();
        assertThat(asData(served))
                .as("The served OpenAPI document (captured in %s) differs from %s: refresh it with "
                        + "-Dkaeru.openapi.update=true and review the diff", captured, checkedIn)
                .isEqualTo(asData(Files.readString(checkedIn, StandardCharsets.UTF_8)));
    }

    /** The document as maps, lists and scalars: equal when the content is, whatever the key order. */
    private static Object asData(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    private static String fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return response.body();
    }
}
