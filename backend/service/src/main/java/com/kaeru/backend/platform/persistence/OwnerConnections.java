package com.kaeru.backend.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections as the schema owner ({@code kaeru.db.migration.*}) for the two jobs the application
 * role must not be able to do: applying migrations, and re-timing the demo history (the audit trail
 * is append-only for the application role). Nothing a request runs ever uses these. Row-level
 * security is forced for the owner too, so work on tenant rows still binds {@code app.tenant_id}.
 */
@ApplicationScoped
public class OwnerConnections {
    @Inject
    @ConfigProperty(name = "kaeru.db.url")
    String url;
    @Inject
    @ConfigProperty(name = "kaeru.db.migration.user")
    String ownerUser;
    @Inject
    @ConfigProperty(name = "kaeru.db.migration.password")
    String ownerPassword;

    /** A data source that opens owner connections (not pooled: both jobs run once, at start-up). */
    public DataSource dataSource() {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url);
        owner.setUser(ownerUser);
        owner.setPassword(ownerPassword);
        return owner;
    }

    /** A new owner connection; the caller closes it. */
    public Connection open() throws SQLException {
        return dataSource().getConnection();
    }
}
