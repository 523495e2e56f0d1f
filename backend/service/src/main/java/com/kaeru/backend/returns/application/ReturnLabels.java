package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderLine;
import com.kaeru.backend.returns.domain.LabelUnavailableException;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.label.ReturnLabel;
import com.kaeru.backend.tenancy.domain.ReturnAddress;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Gathers what a prepaid label shows, inside the caller's transaction (the portal's or the
 * staff's use case, which has already checked access), and notes the first download per person
 * in the return's timeline. Drawing happens after the transaction, without a connection held.
 */
@ApplicationScoped
public class ReturnLabels {
    /** Timeline action of a person's first label download. */
    public static final String DOWNLOADED = "LABEL_DOWNLOADED";

    @Inject
    CatalogRepository catalog;
    @Inject
    AuditTrail audit;

    /** The label's data and the logo URL still to fetch. */
    public record Prepared(ReturnLabel label, String logoUrl) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Prepared prepare(Shop shop, CustomerOrder order, ReturnRequest request, String actor, Instant now) {
        request.requireLabel();
        ReturnAddress to = shop.returnAddress();
        if (to == null) {
            throw new LabelUnavailableException("problem.label.no-return-address");
        }
        // The customer's language, whoever downloads it: staff reprint the customer's own label.
        String language = request.customerLanguage();
        List<ReturnLabel.Item> items = request.lines().stream().map(line -> item(shop, order, line, language)).toList();
        CustomerOrder.Customer customer = order.customer();
        CustomerOrder.ShippingAddress from = order.address();
        ReturnLabel label = new ReturnLabel(shop.name(), shop.brandColor(), null, request.rmaNumber(), language,
                new ReturnLabel.Party(customer.name(), from.postalCode(), from.prefecture(), from.city(), from.line1(),
                        from.line2(), customer.phone()),
                new ReturnLabel.Party(to.recipient(), to.postalCode(), to.prefecture(), to.city(), to.addressLine(),
                        null, to.phone()),
                items, LocalDate.ofInstant(now, shop.timeZone()));
        noteFirstDownload(shop, request, actor, now);
        return new Prepared(label, shop.logoUrl());
    }

    private ReturnLabel.Item item(Shop shop, CustomerOrder order, ReturnLine line, String language) {
        OrderLine orderLine = order.lineById(line.orderLineId()).orElseThrow();
        Variant variant = catalog.findVariant(shop.id(), orderLine.variantId()).orElseThrow();
        String sizeAndColour = String.join(" / ", Arrays.stream(new String[]{variant.size(), variant.color()})
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
        return new ReturnLabel.Item(variant.product().name(language), sizeAndColour.isEmpty() ? null : sizeAndColour,
                line.quantity());
    }

    /** Once per person: staff then see that the customer has the label, without a row per click. */
    private void noteFirstDownload(Shop shop, ReturnRequest request, String actor, Instant now) {
        boolean before = audit.of(shop.id(), AuditTrail.RETURN, request.rmaNumber()).stream()
                .anyMatch(e -> DOWNLOADED.equals(e.action()) && actor.equals(e.actor()));
        if (!before) {
            audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), DOWNLOADED, null, null, actor, null, now);
        }
    }
}
