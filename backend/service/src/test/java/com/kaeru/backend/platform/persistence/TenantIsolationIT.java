package com.kaeru.backend.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.it.InTransaction;
import com.kaeru.backend.reasons.domain.ReturnReason;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Row-level security seen through JPA inside the real server: even a query that asks for another
 * shop's rows gets nothing, and a write into another shop fails at commit without a trace.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtApiWarWith(TenantIsolationIT.class);
    }

    @Inject
    InTransaction inTransaction;
    @Inject
    TenantSession tenantSession;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    ShopRepository shops;
    @Inject
    StockLedger ledger;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    long sakura;
    long kumo;

    @BeforeEach
    void findDemoShops() {
        sakura = inTransaction.call(() -> shops.findBySlug("sakura-apparel").orElseThrow().id());
        kumo = inTransaction.call(() -> shops.findBySlug("kumo-zakka").orElseThrow().id());
    }

    @Test
    void boundShopSeesItsOwnReasons() {
        inTransaction.run(() -> {
            tenantSession.bind(sakura);
            assertThat(reasons.findActive(sakura)).extracting(ReturnReason::code).contains("SIZE", "OTHER");
        });
    }

    @Test
    void queryForAnotherShopReturnsNothingEvenWhenItAsksExplicitly() {
        inTransaction.run(() -> {
            tenantSession.bind(sakura);
            assertThat(reasons.findActive(kumo)).isEmpty();
            List<ReturnReason> unfiltered = em.createQuery("select r from ReturnReason r", ReturnReason.class)
                    .getResultList();
            assertThat(unfiltered).isNotEmpty().allSatisfy(r -> assertThat(r.shopId()).isEqualTo(sakura));
        });
    }

    @Test
    void transactionWithoutTenantSeesNothing() {
        inTransaction.run(() -> {
            assertThat(tenantSession.boundShop()).isNull();
            assertThat(reasons.findActive(sakura)).isEmpty();
            assertThat(em.createQuery("select count(r) from ReturnReason r", Long.class).getSingleResult()).isZero();
        });
    }

    @Test
    void writingIntoAnotherShopFailsAndLeavesNothing() {
        assertThatThrownBy(() -> inTransaction.run(() -> {
            tenantSession.bind(sakura);
            reasons.save(new ReturnReason(kumo, "SMUGGLED", null, "密輸", "Smuggled", 1));
            em.flush();
        })).isInstanceOf(PersistenceException.class).hasStackTraceContaining("row-level security");

        inTransaction.run(() -> {
            tenantSession.bind(kumo);
            assertThat(reasons.exists(kumo, "SMUGGLED")).isFalse();
        });
    }

    @Test
    void theStockLedgerShowsOnlyTheBoundShopsLocationsLevelsAndMovements() {
        inTransaction.run(() -> {
            tenantSession.bind(sakura);
            assertThat(ledger.locations(sakura)).isNotEmpty();
            assertThat(ledger.locations(kumo)).isEmpty();
            assertThat(ledger.levels(kumo, new StockLedger.LevelFilter(null, null, null), 0, 10).total()).isZero();
            assertThat(ledger.movements(kumo, new StockLedger.MovementFilter(null, null, null, null), 0, 10).total())
                    .isZero();
            List<?> shopsInLedger = em.createNativeQuery("select distinct shop_id from stock_movement").getResultList();
            assertThat(shopsInLedger).allSatisfy(id -> assertThat(((Number) id).longValue()).isEqualTo(sakura));
        });
    }

    @Test
    void tenantDoesNotOutliveItsTransaction() {
        inTransaction.run(() -> {
            tenantSession.bind(kumo);
            assertThat(tenantSession.boundShop()).isEqualTo(kumo);
        });
        inTransaction.run(() -> assertThat(tenantSession.boundShop()).isNull());
    }

    /** The session of the current transaction: its {@code application_name} (which pool) and whether it is read-only. */
    private String session() {
        Object[] row = (Object[]) em.createNativeQuery("select current_setting('application_name'),"
                + " current_setting('transaction_read_only')").getSingleResult();
        return row[0] + " " + row[1];
    }

    @Test
    void aReadReplicaTransactionRunsOnTheReadPoolWithTheSameTenancy() {
        inTransaction.callOnReadReplica(() -> {
            assertThat(session()).isEqualTo(KaeruReadDataSource.APPLICATION_NAME + " on");
            assertThat(tenantSession.boundShop()).isNull();
            assertThat(reasons.findActive(sakura)).isEmpty();
            tenantSession.bind(sakura);
            assertThat(reasons.findActive(sakura)).extracting(ReturnReason::code).contains("SIZE", "OTHER");
            assertThat(reasons.findActive(kumo)).isEmpty();
            assertThat(em.createNativeQuery("select distinct shop_id from return_reason").getResultList())
                    .allSatisfy(id -> assertThat(((Number) id).longValue()).isEqualTo(sakura));
            return null;
        });
        // The agency reader role and its shop set apply there too: the bound shops only, nothing writable.
        inTransaction.callOnReadReplica(() -> {
            tenantSession.bindForReading(List.of(kumo));
            assertThat(em.createNativeQuery("select distinct shop_id from return_reason").getResultList())
                    .isNotEmpty().allSatisfy(id -> assertThat(((Number) id).longValue()).isEqualTo(kumo));
            assertThat(em.createNativeQuery("select current_user").getSingleResult().toString()).endsWith("_agency_reader");
            return null;
        });
        assertThat(inTransaction.call(this::session)).isEqualTo(KaeruDataSource.APPLICATION_NAME + " off");
    }

    @Test
    void aWriteThroughTheReadPoolFailsAndLeavesNothing() {
        assertThatThrownBy(() -> inTransaction.callOnReadReplica(() -> {
            tenantSession.bind(sakura);
            reasons.save(new ReturnReason(sakura, "REPLICATED", null, "複製", "Replicated", 1));
            em.flush();
            return null;
        })).isInstanceOf(PersistenceException.class).hasStackTraceContaining("read-only transaction");
        inTransaction.run(() -> {
            tenantSession.bind(sakura);
            assertThat(reasons.exists(sakura, "REPLICATED")).isFalse();
        });
    }

    @Test
    void aTransactionThatAlreadyUsedThePrimaryReadsOnThePrimary() {
        String inner = inTransaction.call(() -> {
            tenantSession.bind(sakura);
            return inTransaction.joinOnReadReplica(this::session);
        });
        assertThat(inner).isEqualTo(KaeruDataSource.APPLICATION_NAME + " off");
    }
}
