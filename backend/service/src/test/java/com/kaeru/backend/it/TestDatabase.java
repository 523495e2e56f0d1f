package com.kaeru.backend.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.kaeru.launcher.EmbeddedDatabase;
import com.kaeru.launcher.FileTrees;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts PostgreSQL once for the whole integration-test run, before Arquillian boots Payara
 * (which reads {@code KAERU_DB_URL}, set by failsafe to this port), and writes the JWKS that the
 * Payara under test trusts. Does nothing in unit-test runs (no {@code kaeru.it.db.port}).
 */
public class TestDatabase implements LauncherSessionListener {
    private static EmbeddedDatabase database;
    private static com.icegreen.greenmail.util.GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("kaeru.it.db.port");
        if (port == null || database != null) {
            return;
        }
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(tmp);
            Path dataDir = tmp.resolve("postgres");
            FileTrees.deleteQuietly(dataDir);
            database = EmbeddedDatabase.start(dataDir, Integer.parseInt(port));
            database.provision();
            TestTokens.writeJwks(Path.of(System.getProperty("kaeru.it.jwks")));
            // A real SMTP server for the customer e-mails (the Payara under test sends to this port).
            mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                    Integer.parseInt(System.getProperty("kaeru.it.smtp.port")), "127.0.0.1", "smtp"));
            mail.start();
        } catch (IOException e) {
            throw new IllegalStateException("Test database could not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The SMTP server the backend under test delivers to. */
    public static com.icegreen.greenmail.util.GreenMail mail() {
        return mail;
    }

    public static String jdbcUrl(String db) {
        return "jdbc:postgresql://localhost:" + System.getProperty("kaeru.it.db.port") + "/" + db;
    }
}
