package com.kaeru.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Holds issue 14's smaller first view: the build uses the portal's own bundle
 * ({@code src/main/bundles/prod.bundle}, only the components its views use, no React) and not
 * Vaadin's pre-compiled one with every component (1.38 MB of generated-flow-imports alone). Reads the
 * files the built {@code index.html} reaches (target/classes may hold older builds' files beside them).
 * If this fails after adding a component, the build has fallen back or grown: see portal-ui/README.md.
 */
class PortalBundleTest {
    private static final Pattern SCRIPT = Pattern.compile("VAADIN/build/([\\w.-]+\\.js)");
    private static final Pattern IMPORT = Pattern.compile("\\./([\\w.-]+\\.js)");

    private static Path webapp() throws URISyntaxException {
        return Path.of(PortalBundleTest.class.getResource("/META-INF/VAADIN/webapp/index.html").toURI()).getParent();
    }

    /** Every JavaScript file of the bundle that the page can load: its entry and what that imports, lazily too. */
    private static Set<Path> reachable() throws IOException, URISyntaxException {
        Path build = webapp().resolve("VAADIN/build");
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        Matcher entry = SCRIPT.matcher(Files.readString(webapp().resolve("index.html")));
        while (entry.find()) {
            todo.add(build.resolve(entry.group(1)));
        }
        while (!todo.isEmpty()) {
            Path file = todo.poll();
            if (Files.exists(file) && seen.add(file)) {
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    todo.add(build.resolve(imports.group(1)));
                }
            }
        }
        return seen;
    }

    @Test
    void theWholeBundleForEveryRouteIsSmallerThanTheOldFirstView() throws Exception {
        // ~0.62 MB for all routes (the landing page's first view ~0.46 MB); Vaadin's pre-compiled bundle ~3.5 MB.
        Set<Path> files = reachable();
        assertThat(files).hasSizeGreaterThan(3);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        assertThat(bytes).isLessThan(800_000);
    }

    @Test
    void componentsNoPortalViewUsesAreNotInTheBundle() throws Exception {
        for (Path file : reachable()) {
            assertThat(Files.readString(file)).as(file.getFileName().toString())
                    .doesNotContain("\"vaadin-grid\"", "\"vaadin-crud\"", "\"vaadin-dashboard\"", "react-dom");
        }
    }
}
