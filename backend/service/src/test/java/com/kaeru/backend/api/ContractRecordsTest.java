package com.kaeru.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.kaeru.api.shops.ShopDto;
import jakarta.json.bind.annotation.JsonbCreator;
import org.junit.jupiter.api.Test;

/**
 * Yasson (Payara's JSON-B, used by the UIs' REST clients) refuses to read a record with more
 * than one constructor unless one is marked {@link JsonbCreator}: the failure would surface only
 * in a running UI, so the contract is checked here.
 */
class ContractRecordsTest {

    @Test
    void recordsWithSeveralConstructorsNameTheOneJsonBUses() throws Exception {
        List<String> ambiguous = new ArrayList<>();
        for (Class<?> type : contractClasses()) {
            if (type.isRecord() && type.getDeclaredConstructors().length > 1
                    && Arrays.stream(type.getDeclaredConstructors()).noneMatch(ContractRecordsTest::isCreator)) {
                ambiguous.add(type.getName());
            }
        }
        assertThat(ambiguous).isEmpty();
    }

    private static boolean isCreator(Constructor<?> constructor) {
        return constructor.isAnnotationPresent(JsonbCreator.class);
    }

    private static List<Class<?>> contractClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(ShopDto.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(p -> location.relativize(p).toString()).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("module-info") && !name.contains("package-info")) {
                classes.add(Class.forName(name.replace('/', '.').replace(".class", "")));
            }
        }
        assertThat(classes).as("contract classes found in " + location).contains(ShopDto.class);
        return classes;
    }
}
