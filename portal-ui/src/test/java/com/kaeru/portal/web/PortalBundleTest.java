package com.kaeru.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Holds issue 14's smaller first view: the build uses the portal's own bundle
 * ({@code src/main/bundles/prod.bundle}, only the components its views use, no React) and not
 * Vaadin's pre-compiled one with every component (1.38 MB of generated-flow-imports alone). If this
 * fails after adding a component, the build has fallen back or grown: see portal-ui/README.md.
 */
class PortalBundleTest {

    private static List<Path> bundleFiles() throws IOException, URISyntaxException {
        Path build = Path.of(PortalBundleTest.class.getResource("/META-INF/VAADIN/webapp/VAADIN/build").toURI());
        try (Stream<Path> files = Files.list(build)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".js")).toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theEagerBundleCarriesOnlyWhatEveryViewNeeds() throws Exception {
        List<Path> eager = bundleFiles().stream()
                .filter(file -> file.getFileName().toString().matches("(generated-flow-imports|indexhtml)-.*\\.js"))
                .toList();
        assertThat(eager).hasSize(2);
        assertThat(eager.stream().mapToLong(PortalBundleTest::size).sum()).isLessThan(400_000);
    }

    @Test
    void componentsNoPortalViewUsesAreNotInTheBundle() throws Exception {
        for (Path file : bundleFiles()) {
            String js = Files.readString(file);
            assertThat(js).as(file.getFileName().toString())
                    .doesNotContain("\"vaadin-grid\"", "\"vaadin-crud\"", "\"vaadin-dashboard\"", "react-dom");
        }
    }
}
