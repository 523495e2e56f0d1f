package com.kaeru.backend.platform.persistence;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations before anything touches JPA. Migrations run as the schema owner
 * ({@code kaeru.db.migration.*}), which then grants the application role only what it needs.
 * Other start-up beans that use the database declare {@code @DependsOn("DatabaseMigrator")}. It waits for
 * the start-up safety check, so a production deployment with shipped secrets never touches the database.
 */
@Startup
@DependsOn("StartupSafetyCheck")
@Singleton(name = "DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Inject
    OwnerConnections owner;
    @Inject
    @ConfigProperty(name = "kaeru.db.user")
    String appRole;
    @Inject
    @ConfigProperty(name = "kaeru.db.migrate", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    // Lifecycle callbacks ignore the class-level attribute: without this the whole start-up
    // would run in one transaction, and one refused demo return would roll back everything.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        if (!enabled) {
            LOG.info("Database migrations disabled (kaeru.db.migrate=false)");
            return;
        }
        var result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(owner.dataSource())
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
