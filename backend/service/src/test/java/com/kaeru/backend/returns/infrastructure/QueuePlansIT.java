package com.kaeru.backend.returns.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.InTransaction;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The queue's SQL has more than one form for some filters, chosen by how common a name or a reason
 * is ({@link JpaReturnRequestRepository.QueuePlan}); whichever is chosen, the same returns come
 * back in the same order. Checked on the demo shops of an agency, through row-level security.
 */
@ExtendWith(ArquillianExtension.class)
class QueuePlansIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtApiWarWith(QueuePlansIT.class);
    }

    @Inject
    InTransaction inTransaction;
    @Inject
    TenantSession tenantSession;
    @Inject
    ShopRepository shops;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    private List<Long> agencyShops() {
        return inTransaction.call(() -> List.of(shops.findBySlug("sakura-apparel").orElseThrow().id(),
                shops.findBySlug("kumo-zakka").orElseThrow().id()));
    }

    private List<Long> ids(List<Long> shopIds, ReturnFilter filter, JpaReturnRequestRepository.QueuePlan plan) {
        return inTransaction.call(() -> {
            tenantSession.bindForReading(shopIds);
            var sql = JpaReturnRequestRepository.QueueSql.of(shopIds, filter, Instant.now(), plan);
            Query query = em.createNativeQuery("select r.id from return_request r where " + sql.where()
                    + " order by r.created_at desc, r.id desc");
            for (int i = 0; i < sql.params().size(); i++) {
                query.setParameter(i + 1, sql.params().get(i));
            }
            List<Long> found = new ArrayList<>();
            for (Object id : query.getResultList()) {
                found.add(((Number) id).longValue());
            }
            return found;
        });
    }

    private static ReturnFilter filter(String query, Set<String> reasons) {
        return new ReturnFilter(Set.of(), query, false, reasons, null, null, ReturnFilter.DateField.CREATED, null, null,
                null, null);
    }

    @Test
    void aNameFindsTheSameReturnsWhetherWalkedNewestFirstOrJoinedFromItsOrders() {
        List<Long> shopIds = agencyShops();
        // In-container tests run by method, so the cases are a loop rather than parameters.
        for (String name : List.of("佐藤", "美咲", "佐藤 美咲", "藤", "さくら", "サクラ", "no such name")) {
            List<Long> joined = ids(shopIds, filter(name, Set.of()), new JpaReturnRequestRepository.QueuePlan(false, false));
            List<Long> walked = ids(shopIds, filter(name, Set.of()), new JpaReturnRequestRepository.QueuePlan(false, true));
            assertThat(walked).as(name).isEqualTo(joined);
            if (name.equals("佐藤 美咲") || name.equals("サクラ")) {
                assertThat(joined).as("the demo data has " + name).isNotEmpty();
            }
        }
    }

    @Test
    void aReasonFindsTheSameReturnsWhetherTakenFromItsLinesOrProbedPerRequest() {
        List<Long> shopIds = agencyShops();
        for (Set<String> reasons : List.of(Set.of("DEFECTIVE"), Set.of("SIZE", "SIZE_TOO_SMALL", "SIZE_TOO_LARGE"))) {
            List<Long> probed = ids(shopIds, filter(null, reasons), new JpaReturnRequestRepository.QueuePlan(false, false));
            List<Long> fromLines = ids(shopIds, filter(null, reasons), new JpaReturnRequestRepository.QueuePlan(true, false));
            assertThat(probed).isNotEmpty();
            assertThat(fromLines).isEqualTo(probed);
        }
    }
}
