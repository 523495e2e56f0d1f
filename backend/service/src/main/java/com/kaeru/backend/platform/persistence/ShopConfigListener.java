package com.kaeru.backend.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Holds one connection of its own (not from the pool) that {@code LISTEN}s on {@code kaeru_shop_config}
 * and evicts {@link ShopConfigCache} entries of the shop each notification names ({@code *}: all).
 * Connected, it switches the cache on; on any connection error it switches the cache off (every call
 * reads the database again) and reconnects after a second.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShopConfigListener {
    /** The channel the V190 triggers notify. */
    public static final String CHANNEL = "kaeru_shop_config";
    private static final Logger LOG = Logger.getLogger(ShopConfigListener.class.getName());

    @Inject
    ShopConfigCache cache;
    @Inject
    @ConfigProperty(name = "kaeru.db.url")
    String url;
    @Inject
    @ConfigProperty(name = "kaeru.db.user")
    String user;
    @Inject
    @ConfigProperty(name = "kaeru.db.password")
    String password;
    @Resource
    ManagedThreadFactory threads;

    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread thread;
    private int failures;

    @PostConstruct
    void start() {
        thread = threads.newThread(this::listen);
        thread.setName("kaeru-shop-config-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement statement = c.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.listening(true);
                failures = 0;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1_000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        String shop = n.getParameter();
                        if (shop == null || shop.isBlank() || "*".equals(shop)) {
                            cache.evictAll();
                        } else {
                            try {
                                cache.evict(Long.parseLong(shop.strip()));
                            } catch (NumberFormatException odd) {
                                cache.evictAll();
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.listening(false);
                if (running) {
                    // Once per outage at WARNING, then quietly: it retries every second while the database is away.
                    LOG.log(failures++ == 0 ? Level.WARNING : Level.FINE, "shop configuration listener lost its "
                            + "connection; cache bypassed, reconnecting: {0}", e.toString());
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            } finally {
                cache.listening(false);
                connection = null;
            }
        }
    }

    private Connection open() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName("kaeru-shop-config-listener");
        return source.getConnection();
    }

    @PreDestroy
    void stop() {
        running = false;
        cache.listening(false);
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
