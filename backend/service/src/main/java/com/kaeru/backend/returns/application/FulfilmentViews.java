package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import com.kaeru.api.returns.FulfilmentDto;
import com.kaeru.api.vocabulary.FulfilmentState;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.platform.vocabulary.Vocabulary;
import com.kaeru.backend.returns.domain.ExchangeFulfilment;
import com.kaeru.backend.returns.domain.PostalAddress;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Exchange fulfilments as API views; the ship-to address only for staff and API keys. */
@ApplicationScoped
public class FulfilmentViews {
    @Inject
    CatalogRepository catalog;

    Map<Long, Variant> variants(Shop shop, Collection<ExchangeFulfilment> list) {
        return catalog.findVariants(shop.id(), list.stream().map(ExchangeFulfilment::variantId).distinct().toList());
    }

    FulfilmentDto dto(Shop shop, ExchangeFulfilment f, Variant variant, PostalAddress shipTo, String language,
                      Instant now) {
        LocalDate today = ExchangeFulfilments.today(shop, now);
        String address = shipTo == null ? null : String.join(" ", java.util.stream.Stream.of(shipTo.prefecture(),
                shipTo.city(), shipTo.line1(), shipTo.line2()).filter(s -> s != null && !s.isBlank()).toList());
        return new FulfilmentDto(f.rmaNumber(), f.returnLineId(), variant == null ? null : variant.sku(),
                variant == null ? null : variant.product().name(language), variant == null ? null : variant.size(),
                variant == null ? null : variant.color(), f.quantity(), Vocabulary.as(f.state(), FulfilmentState.class),
                f.late(today, now), f.backorderedAt(), f.promisedDate(), f.dateConfirmed(), f.noticesSent(),
                f.lastNoticeAt(), f.heldReason(), f.shipmentRequestedAt(), f.carrier(), f.trackingNumber(),
                f.shippedAt(), f.deliveredAt(), shipTo == null ? null : shipTo.name(),
                shipTo == null ? null : shipTo.postalCode(), address, shipTo == null ? null : shipTo.phone());
    }
}
