package com.kaeru.backend.demo;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo data at start-up when enabled; off by default (production). */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "kaeru.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoShops demoShops;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        demoShops.ensureAgency("demo-agency", "デモ運営代行株式会社");
        demoShops.ensureShop("sakura-apparel", "さくらアパレル", "demo-agency", "ja", "#C2185B");
        demoShops.ensureShop("kumo-zakka", "くも雑貨店", "demo-agency", "ja", "#455A64");
        demoShops.ensureShop("umi-outdoor", "Umi Outdoor", null, "ja", "#00796B");
        LOG.info("Demo data present: demo-agency, sakura-apparel, kumo-zakka, umi-outdoor");
    }
}
