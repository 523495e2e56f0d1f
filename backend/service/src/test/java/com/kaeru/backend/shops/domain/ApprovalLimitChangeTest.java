package com.kaeru.backend.shops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopSlug;
import org.junit.jupiter.api.Test;

/** Four eyes on the refund approval limit: the proposer never makes it apply. */
class ApprovalLimitChangeTest {
    private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

    private static Shop shop() {
        return new Shop(new ShopSlug("sakura-apparel"), "さくらアパレル", null, "ja", ZoneId.of("Asia/Tokyo"),
                Currency.getInstance("JPY"));
    }

    @Test
    void theProposerCannotApproveAnotherManagerCanAndTheLimitChangesOnlyThen() {
        Shop shop = shop();
        long before = shop.refundApprovalLimitMinor();
        ApprovalLimitChange change = new ApprovalLimitChange(1, 5_000_000, "alice", NOW);
        assertThatThrownBy(() -> change.approve(shop, "alice", NOW)).isInstanceOf(ApprovalLimitException.class)
                .satisfies(e -> assertThat(((ApprovalLimitException) e).status()).isEqualTo(403));
        assertThat(shop.refundApprovalLimitMinor()).isEqualTo(before);
        change.approve(shop, "bob", NOW);
        assertThat(shop.refundApprovalLimitMinor()).isEqualTo(5_000_000);
        assertThat(change.status()).isEqualTo(ApprovalLimitChange.Status.APPLIED);
        assertThatThrownBy(() -> change.approve(shop, "carol", NOW)).isInstanceOf(ApprovalLimitException.class)
                .satisfies(e -> assertThat(((ApprovalLimitException) e).status()).isEqualTo(409));
    }

    @Test
    void aRejectedOrSupersededProposalNeverApplies() {
        Shop shop = shop();
        long before = shop.refundApprovalLimitMinor();
        ApprovalLimitChange rejected = new ApprovalLimitChange(1, 1, "alice", NOW);
        rejected.reject("alice", NOW);
        ApprovalLimitChange superseded = new ApprovalLimitChange(1, 2, "alice", NOW);
        superseded.supersede("bob", NOW);
        assertThatThrownBy(() -> rejected.approve(shop, "bob", NOW)).isInstanceOf(ApprovalLimitException.class);
        assertThatThrownBy(() -> superseded.approve(shop, "carol", NOW)).isInstanceOf(ApprovalLimitException.class);
        assertThat(shop.refundApprovalLimitMinor()).isEqualTo(before);
        assertThatThrownBy(() -> new ApprovalLimitChange(1, -1, "alice", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
