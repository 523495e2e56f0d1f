package com.kaeru.backend.returns.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.kaeru.api.events.ReturnRated;
import com.kaeru.api.portal.ReturnRating;
import com.kaeru.api.returns.ReturnRatingDto;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.returns.domain.ReturnAction;
import com.kaeru.backend.returns.domain.ReturnNotRateableException;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The customer's rating of a completed return (satisfaction, docs/insights.md): 1–5 stars and an optional comment,
 * once per return. The row's unique key on the return makes it once-only whatever runs at the same time: the insert
 * skips on conflict and everyone reads the stored row, so a second or concurrent submit answers the first rating and
 * only the inserting transaction raises {@link ReturnRated}.
 */
@ApplicationScoped
public class ReturnRatings {
    /** Audit action of the rating (staff's timeline). */
    public static final String RATED = "RATED";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /** Stores the rating unless one is stored; refuses stars outside 1–5 (422) and returns not rateable (409). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReturnRatingDto rate(Shop shop, ReturnRequest request, String actor, ReturnRating rating) {
        Integer stars = rating.stars;
        if (stars == null || stars < ReturnRating.MIN_STARS || stars > ReturnRating.MAX_STARS) {
            throw new InvalidValueException("problem.return.rating-stars", String.valueOf(stars),
                    ReturnRating.MIN_STARS, ReturnRating.MAX_STARS);
        }
        Optional<ReturnRatingDto> stored = of(shop.id(), request.id());
        if (stored.isPresent()) {
            return stored.get();
        }
        if (!request.possibleActions(false).contains(ReturnAction.RATE)) {
            throw new ReturnNotRateableException(request.rmaNumber());
        }
        String comment = rating.comment == null || rating.comment.isBlank() ? null : rating.comment.strip();
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("insert into return_rating (shop_id, return_id, stars, comment, rated_at)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict (return_id) do nothing")
                .setParameter(1, shop.id()).setParameter(2, request.id()).setParameter(3, stars)
                .setParameter(4, comment).setParameter(5, Timestamp.from(now)).executeUpdate();
        if (inserted == 1) {
            outbox.raise(shop.id(), actor, new ReturnRated(request.rmaNumber(), ReturnEvents.customer(request), stars,
                    comment == null ? "" : comment), request.rmaNumber() + ":" + RATED, now);
        }
        return of(shop.id(), request.id()).orElseThrow();
    }

    /** The return's rating, if given. */
    public Optional<ReturnRatingDto> of(long shopId, long returnId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select stars, comment, rated_at from return_rating"
                        + " where shop_id = ?1 and return_id = ?2")
                .setParameter(1, shopId).setParameter(2, returnId).getResultList();
        return rows.stream().findFirst().map(row -> new ReturnRatingDto(((Number) row[0]).intValue(), (String) row[1],
                instant(row[2])));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
