package com.kaeru.backend.carriers.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.kaeru.api.carriers.Carrier;
import com.kaeru.api.carriers.CarrierSettingsDto;
import com.kaeru.api.carriers.TrackingImportResultDto;
import com.kaeru.api.returns.FulfilmentDto;
import com.kaeru.api.returns.ShipmentRecord;
import com.kaeru.api.vocabulary.FulfilmentState;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.carriers.domain.CarrierSettings;
import com.kaeru.backend.carriers.domain.CarrierSettingsRepository;
import com.kaeru.backend.carriers.domain.Party;
import com.kaeru.backend.carriers.domain.ShippingInstruction;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.KaeruException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.i18n.ApiMessages;
import com.kaeru.backend.returns.application.FulfilmentService;
import com.kaeru.backend.returns.application.ReturnTracking;
import com.kaeru.backend.tenancy.domain.ReturnAddress;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The carriers' side of returns and exchanges: the shop's carrier settings, the slips to print
 * (pickups still to be collected, exchange lines whose shipment was requested) and carrier events
 * back in. An import is not one transaction: each line runs in its own (through
 * {@link ReturnTracking} or {@link FulfilmentService}), so a bad line changes nothing and stops
 * nothing else, and a line already applied counts as unchanged.
 */
@ApplicationScoped
public class CarrierService {
    /** 品名 fits 25 characters on both carriers' slips. */
    static final int ITEM_NAME = 25;

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    CarrierSettingsRepository settings;
    @Inject
    ReturnTracking returnTracking;
    @Inject
    FulfilmentService fulfilments;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Which slips an export holds. */
    public enum Scope {
        PICKUPS, EXCHANGES, ALL;

        public static Scope of(String name) {
            String n = name == null || name.isBlank() ? "ALL" : name.strip().toUpperCase(Locale.ROOT);
            return Stream.of(values()).filter(s -> s.name().equals(n)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("problem.carrier.unknown-scope", name));
        }
    }

    /** An export: the shop's contracts and its slips. */
    public record Slips(CarrierSettings settings, List<ShippingInstruction> instructions) {
    }

    @Transactional
    public CarrierSettingsDto settings(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return dto(settings.find(shop.id()));
    }

    @Transactional
    public CarrierSettingsDto updateSettings(String slug, CarrierSettingsDto request) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        CarrierSettings next = new CarrierSettings(
                request.defaultCarrier == null ? Carrier.YAMATO.name() : Carrier.valueOf(request.defaultCarrier).name(),
                request.yamatoBillingCustomerCode, request.yamatoFreightNumber, request.sagawaCustomerCode,
                request.itemName);
        settings.save(shop.id(), next, clock.instant());
        audit.record(shop.id(), "SHOP", shop.slug().value(), "CARRIER_SETTINGS", null, next.defaultCarrier(),
                caller.username(), null, clock.instant());
        return dto(next);
    }

    private static CarrierSettingsDto dto(CarrierSettings s) {
        return new CarrierSettingsDto(s.defaultCarrier(), s.yamatoBillingCustomerCode(),
                s.yamatoFreightNumber(), s.sagawaCustomerCode(), s.itemName());
    }

    /** The slips of one export; the shop's return address is needed (it receives pickups and sends exchanges). */
    @Transactional
    public Slips slips(String slug, Scope scope) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        ReturnAddress returnAddress = shop.returnAddress();
        if (returnAddress == null) {
            throw new InvalidValueException("problem.carrier.no-return-address");
        }
        CarrierSettings contracts = settings.find(shop.id());
        List<ShippingInstruction> slips = new ArrayList<>();
        if (scope != Scope.EXCHANGES) {
            Party warehouse = shopParty(returnAddress, "御中");
            String item = contracts.itemName() == null ? "返品商品" : contracts.itemName();
            for (ReturnTracking.Pickup p : returnTracking.pickupsToCollect(slug)) {
                Party customer = new Party(p.from().name(), null, "様", p.from().phone(), p.from().postalCode(),
                        join(p.from().prefecture(), p.from().city(), p.from().line1()), p.from().line2());
                slips.add(new ShippingInstruction(ShippingInstruction.Kind.PICKUP,
                        ShippingInstruction.pickupReference(p.rma()), p.date(), customer, warehouse, item,
                        pickupNote(p)));
            }
        }
        if (scope != Scope.PICKUPS) {
            Party sender = shopParty(returnAddress, null);
            LocalDate today = LocalDate.now(clock.withZone(shop.timeZone()));
            for (FulfilmentDto f : fulfilments.export(slug, new FulfilmentService.Query(
                    FulfilmentState.SHIPMENT_REQUESTED.name(), false, null, null), Locale.JAPANESE)) {
                if (f.shipToName() == null) {
                    continue; // no address to ship to: the console's shipments list shows it
                }
                Party customer = new Party(f.shipToName(), null, "様", f.shipToPhone(), f.shipToPostalCode(),
                        f.shipToAddress(), null);
                slips.add(new ShippingInstruction(ShippingInstruction.Kind.EXCHANGE,
                        ShippingInstruction.exchangeReference(f.rma(), f.lineId()), today, sender, customer,
                        truncate(join(f.productName(), f.size(), f.color()) + " ×" + f.quantity()),
                        "交換品 " + f.rma()));
            }
        }
        return new Slips(contracts, slips);
    }

    private static Party shopParty(ReturnAddress a, String honorific) {
        String digits = a.postalCode().replace("-", "");
        String postal = digits.length() == 7 ? digits.substring(0, 3) + "-" + digits.substring(3) : a.postalCode();
        return new Party(a.recipient(), null, honorific, a.phone(), postal, join(a.prefecture(), a.city(),
                a.addressLine()), null);
    }

    /** The slot the customer booked, for the driver (the carriers' files have no pickup-time column). */
    static String pickupNote(ReturnTracking.Pickup p) {
        String slot = p.slot() == null ? "" : switch (p.slot()) {
            case MORNING -> "午前中";
            case T14_16 -> "14-16時";
            case T16_18 -> "16-18時";
            case T18_20 -> "18-20時";
            case T19_21 -> "19-21時";
        };
        return ("集荷 " + (p.date() == null ? "" : p.date().format(java.time.format.DateTimeFormatter.ofPattern(
                "M/d"))) + " " + slot + " " + p.rma()).strip();
    }

    private static String join(String... parts) {
        return String.join(" ", Stream.of(parts).filter(s -> s != null && !s.isBlank()).toList());
    }

    private static String truncate(String text) {
        return text.codePointCount(0, text.length()) <= ITEM_NAME ? text
                : text.substring(0, text.offsetByCodePoints(0, ITEM_NAME));
    }

    /**
     * Applies carrier events line by line. The caller's right is checked once before anything
     * (another shop's caller gets 403 for the whole file); each line then succeeds, is already so,
     * or fails alone with its line number and a message in {@code locale}. A line repeating an
     * earlier line's target in the same file is refused as a duplicate.
     */
    public TrackingImportResultDto apply(String slug, List<TrackingLine> lines, Locale locale) {
        returnTracking.requireTracking(slug);
        int updated = 0;
        int unchanged = 0;
        List<TrackingImportResultDto.LineError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TrackingLine l : lines) {
            try {
                if (l.errorKey() != null) {
                    throw new InvalidValueException(l.errorKey());
                }
                Carrier carrier = Carrier.parse(l.carrier())
                        .orElseThrow(() -> new InvalidValueException("problem.carrier.unknown-carrier", l.carrier()));
                String key = l.rma() + "/" + l.lineId() + "/" + l.delivered();
                Integer earlier = seen.putIfAbsent(key, l.line());
                if (earlier != null) {
                    throw new InvalidValueException("problem.carrier.duplicate-line", earlier);
                }
                if (applyOne(slug, l, carrier, locale)) {
                    updated++;
                } else {
                    unchanged++;
                }
            } catch (KaeruException e) {
                errors.add(new TrackingImportResultDto.LineError(l.line(), l.rma(),
                        ApiMessages.text(locale, e.messageKey(), e.arguments().toArray())));
            } catch (RuntimeException e) {
                errors.add(new TrackingImportResultDto.LineError(l.line(), l.rma(),
                        ApiMessages.text(locale, "problem.carrier.line-failed")));
            }
        }
        return new TrackingImportResultDto(updated, unchanged, errors);
    }

    private boolean applyOne(String slug, TrackingLine l, Carrier carrier, Locale locale) {
        String number = l.trackingNumber().strip();
        if (l.lineId() == null) {
            return l.delivered() ? returnTracking.delivered(slug, l.rma(), number)
                    : returnTracking.collected(slug, l.rma(), carrier.name(), number);
        }
        FulfilmentDto now = current(slug, l.rma(), l.lineId(), locale)
                .orElseThrow(() -> new NotFoundException("problem.not-found.fulfilment", l.rma(), l.lineId()));
        if (l.delivered()) {
            if (now.state() == FulfilmentState.DELIVERED) {
                return false;
            }
            fulfilments.deliver(slug, l.rma(), l.lineId(), locale);
            return true;
        }
        if ((now.state() == FulfilmentState.SHIPPED || now.state() == FulfilmentState.DELIVERED)
                && number.equals(now.trackingNumber())) {
            return false;
        }
        fulfilments.ship(slug, l.rma(), l.lineId(), new ShipmentRecord(carrier.displayName("ja"), number), locale);
        return true;
    }

    private Optional<FulfilmentDto> current(String slug, String rma, long lineId, Locale locale) {
        return fulfilments.list(slug, new FulfilmentService.Query(null, false, null, rma), 0,
                FulfilmentService.MAX_PAGE_SIZE, locale).items().stream().filter(f -> f.lineId() == lineId).findFirst();
    }
}
