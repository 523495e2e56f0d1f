package com.kaeru.backend.audit.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kaeru.api.audit.AuditApi;
import com.kaeru.api.audit.AuditEntryDto;
import com.kaeru.api.audit.AuditFacetsDto;
import com.kaeru.api.audit.AuditPageDto;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.domain.AuditEvent;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * Managers search their shop's trail. Dates are days of the shop's time zone (what "yesterday"
 * means in the warehouse), both ends inclusive; an unreadable value is refused, never ignored.
 */
@ApplicationScoped
public class AuditSearch {
    @Inject
    ShopAccess access;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /** The search as given; blank values mean "any". */
    public record Filter(String entityType, String entity, String actor, String action, String from, String to) {
    }

    @Transactional
    public AuditPageDto search(String slug, Filter f, int page, int size) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        if (size < 1 || size > AuditApi.MAX_PAGE_SIZE || page < 0) {
            throw new InvalidValueException("problem.audit.page", AuditApi.MAX_PAGE_SIZE);
        }
        StringBuilder where = new StringBuilder(" from AuditEvent e where e.shopId = :shop");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shop", shop.id());
        if (present(f.entityType())) {
            where.append(" and e.entityType = :type");
            params.put("type", f.entityType().strip().toUpperCase(Locale.ROOT));
        }
        if (present(f.entity())) {
            where.append(" and upper(e.entityRef) = :ref");
            params.put("ref", f.entity().strip().toUpperCase(Locale.ROOT));
        }
        if (present(f.actor())) {
            // '!' as the escape character: no backslash quoting rules between JPQL and SQL to get wrong.
            where.append(" and lower(e.actor) like :actor escape '!'");
            params.put("actor", "%" + f.actor().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (present(f.action())) {
            where.append(" and e.action = :action");
            params.put("action", f.action().strip().toUpperCase(Locale.ROOT));
        }
        ZoneId zone = shop.timeZone();
        if (present(f.from())) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", date(f.from()).atStartOfDay(zone).toInstant());
        }
        if (present(f.to())) {
            where.append(" and e.occurredAt < :to");
            params.put("to", date(f.to()).plusDays(1).atStartOfDay(zone).toInstant());
        }
        TypedQuery<AuditEvent> query = em.createQuery("select e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEntryDto> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(e -> new AuditEntryDto(e.id(), e.occurredAt(), e.entityType(), e.entityRef(), e.action(),
                        e.fromState(), e.toState(), e.actor(), e.reason()))
                .toList();
        return new AuditPageDto(items, count.getSingleResult(), page, size);
    }

    @Transactional
    public AuditFacetsDto facets(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        List<String> types = em.createQuery("select distinct e.entityType from AuditEvent e where e.shopId = :shop "
                + "order by e.entityType", String.class).setParameter("shop", shop.id()).getResultList();
        List<String> actions = em.createQuery("select distinct e.action from AuditEvent e where e.shopId = :shop "
                + "order by e.action", String.class).setParameter("shop", shop.id()).getResultList();
        return new AuditFacetsDto(types, actions);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("problem.return.bad-date", value);
        }
    }
}
