package com.kaeru.backend.it;

import java.io.File;
import java.net.URISyntaxException;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test is the one the build produced, so tests cover what ships. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive builtApiWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("kaeru.it.war")));
    }

    /**
     * The built WAR plus what an in-container test needs: the test class, {@link InTransaction}
     * and AssertJ.
     */
    public static WebArchive builtApiWarWith(Class<?> inContainerTest) {
        return builtApiWar().addClasses(inContainerTest, InTransaction.class, InTransaction.Work.class)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a class was loaded from, to ship test libraries into in-container deployments. */
    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
