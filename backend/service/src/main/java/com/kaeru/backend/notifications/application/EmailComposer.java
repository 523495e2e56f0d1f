package com.kaeru.backend.notifications.application;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import com.kaeru.backend.notifications.domain.Email;
import com.kaeru.backend.tenancy.domain.Shop;
import com.samskivert.mustache.Mustache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an outbox event into a customer e-mail in the customer's language, from the shop's own
 * template when it has one, else the default ({@code mail/templates*.properties}). Events without
 * a template (e.g. the intermediate APPROVED before "label ready") send nothing.
 */
@ApplicationScoped
public class EmailComposer {
    /** Template variable of a gift code refund's full code. */
    public static final String GIFT_CODE = "giftCode";

    private static final Mustache.Compiler MUSTACHE = Mustache.compiler().escapeHTML(false).defaultValue("");

    @Inject
    @ConfigProperty(name = "kaeru.portal.base-url", defaultValue = "http://localhost:8080/portal")
    String portalBaseUrl;

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /** Outbox event of a template test send: subject and text were rendered when the manager asked. */
    public static final String TEMPLATE_TEST = "TEMPLATE_TEST";

    public Optional<Email> compose(Shop shop, String eventType, Map<String, Object> payload) {
        Locale locale = "en".equals(payload.get("language")) ? Locale.ENGLISH : Locale.JAPANESE;
        if (TEMPLATE_TEST.equals(eventType) && payload.get("email") != null) {
            String subject = String.valueOf(payload.get("subject"));
            String text = String.valueOf(payload.get("text"));
            return Optional.of(new Email(String.valueOf(payload.get("email")), subject, text, html(shop, subject, text),
                    locale));
        }
        if (StaffEmails.isStaffEvent(eventType)) {
            // Staff notices have no shop template: a shop must not be able to rewrite them.
            return payload.get("email") == null ? Optional.empty()
                    : StaffEmails.render(shop, eventType, payload, locale).map(t -> new Email(
                            String.valueOf(payload.get("email")), t[0], t[1], html(shop, t[0], t[1]), locale));
        }
        Optional<String[]> template = shopTemplate(shop.id(), eventType, locale.getLanguage())
                .or(() -> defaultTemplate(eventType, locale));
        if (template.isEmpty() || payload.get("email") == null) {
            return Optional.empty();
        }
        return Optional.of(render(shop, template.get()[0], template.get()[1], payload, locale));
    }

    /**
     * Fills a template with the event's data (plus the shop's name, portal link and formatted
     * amounts). Throws {@code MustacheException} for a template that does not compile.
     */
    public Email render(Shop shop, String subjectTemplate, String bodyTemplate, Map<String, Object> payload,
                        Locale locale) {
        Map<String, Object> vars = new HashMap<>(payload);
        vars.put("shopName", shop.name());
        // The portal asks for the order again (the link may be forwarded), then opens this return's status.
        vars.put("portalUrl", portalBaseUrl + "/" + shop.slug().value() + "?lang=" + locale.getLanguage()
                + (payload.get("rma") == null ? "" : "&next=" + payload.get("rma")));
        if (payload.get("amountMinor") instanceof Number amount) {
            vars.put("amount", money(((Number) amount).longValue(), String.valueOf(payload.get("currency")), locale));
        }
        if (payload.get("refundAmountMinor") instanceof Number refund) {
            vars.put("refundAmount", money(refund.longValue(), String.valueOf(payload.get("currency")), locale));
        }
        if (payload.get("expiresAt") != null) {
            // The last day a coupon can be used, in the shop's time zone (it expires as the next day begins there).
            vars.put("lastDay", java.time.Instant.parse(String.valueOf(payload.get("expiresAt"))).minusNanos(1)
                    .atZone(shop.timeZone()).toLocalDate().toString());
        }
        if (payload.get("method") != null) {
            vars.put("method", text(locale, "method." + payload.get("method")).orElse(String.valueOf(payload.get("method"))));
            if ("GIFT_CODE".equals(payload.get("method"))) {
                // The full code comes from the e-mail's delivery row (EmailConsumer), never the event.
                vars.put(GIFT_CODE, payload.getOrDefault(GIFT_CODE, payload.get("reference")));
            }
        }
        String subject = MUSTACHE.compile(subjectTemplate).execute(vars);
        String text = MUSTACHE.compile(bodyTemplate).execute(vars);
        return new Email(payload.get("email") == null ? null : String.valueOf(payload.get("email")), subject, text,
                html(shop, subject, text), locale);
    }

    /** The events Kaeru sends e-mails for (those with a default template), in the bundle's order. */
    public static List<String> events() {
        List<String> events = new java.util.ArrayList<>();
        try (var in = EmailComposer.class.getClassLoader().getResourceAsStream("mail/templates.properties");
             var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.startsWith("#") && l.contains(".subject="))
                    .map(l -> l.substring(0, l.indexOf(".subject="))).distinct().forEach(events::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return events;
    }

    /** Data like a real event's, for previews and test sends. */
    public static Map<String, Object> sample(Shop shop, String language) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("language", language);
        vars.put("rma", "R-000123");
        vars.put("amountMinor", shop.currency().getDefaultFractionDigits() > 0 ? 458_300 : 4_583);
        vars.put("currency", shop.currency().getCurrencyCode());
        vars.put("method", "GIFT_CODE");
        vars.put("reference", "GIFT-SAMPLE-0001");
        vars.put("reason", "en".equals(language) ? "The 30-day return window has passed."
                : "お届けから30日を過ぎているため、返品期間が終了しています。");
        vars.put("carrier", "en".equals(language) ? "Yamato Transport" : "ヤマト運輸");
        vars.put("trackingNumber", "4901-2345-6789");
        vars.put("promisedDate", "2026-12-15");
        vars.put("dateConfirmed", false);
        vars.put("previousDate", "2026-12-15");
        vars.put("arrivalDate", "2026-12-18");
        vars.put("shipDate", "2026-12-19");
        vars.put("deliveryDate", "2026-12-21");
        vars.put("code", "7KQM-3XRB-HN2W");
        vars.put("percent", 10);
        vars.put("expiresAt", "2027-01-03T15:00:00Z");
        vars.put("sku", "KM-TEE-M-NAVY");
        vars.put("newSku", "KM-TEE-L-NAVY");
        vars.put("quantity", 2);
        vars.put("splitQuantity", 1);
        vars.put("refundAmountMinor", shop.currency().getDefaultFractionDigits() > 0 ? 390_000 : 3_900);
        vars.put("refundAtOnce", true);
        vars.put("question", "en".equals(language) ? "Could you send a photo of the stain on the left sleeve?"
                : "左袖の汚れの写真をお送りいただけますか。");
        return vars;
    }

    /** The shop's own subject and body for the event and language, if it has them. */
    public Optional<String[]> shopTemplate(long shopId, String eventType, String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subject, body from notification_template "
                        + "where shop_id = ?1 and event_type = ?2 and language = ?3")
                .setParameter(1, shopId).setParameter(2, eventType).setParameter(3, language).getResultList();
        return rows.stream().findFirst().map(r -> new String[] {(String) r[0], (String) r[1]});
    }

    /** Amounts as the customer reads them: ￥4,583 in Japanese, ¥4,583 in English; minor units per currency. */
    static String money(long minor, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance("ja".equals(locale.getLanguage()) ? Locale.JAPAN : Locale.US);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(java.math.BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()));
    }

    /** Kaeru's default subject and body for the event in this language. */
    public static Optional<String[]> defaultTemplate(String eventType, Locale locale) {
        Optional<String> subject = text(locale, eventType + ".subject");
        Optional<String> body = text(locale, eventType + ".body");
        return subject.isPresent() && body.isPresent() ? Optional.of(new String[] {subject.get(), body.get()})
                : Optional.empty();
    }

    private static Optional<String> text(Locale locale, String key) {
        try {
            return Optional.of(ResourceBundle.getBundle("mail.templates", locale, EmailComposer.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /**
     * Links in the text: http(s) URLs made of URL characters only, so a quote, an angle bracket,
     * a space or Japanese text right after a URL ends it (the pattern used to take every
     * non-space character, quotes included, into the href).
     */
    private static final java.util.regex.Pattern URL =
            java.util.regex.Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&()*+,;=%]+");

    /**
     * The same text as simple HTML, in the shop's colour. Everything from the text (customer
     * comments and names included) is escaped with the template engine's HTML escaper, quotes
     * too, so nothing can close an attribute; URLs become links, escaped as attribute values.
     */
    static String html(Shop shop, String subject, String text) {
        StringBuilder body = new StringBuilder();
        java.util.regex.Matcher link = URL.matcher(text);
        int at = 0;
        while (link.find()) {
            String url = withoutTrailingPunctuation(link.group());
            body.append(escapeLines(text.substring(at, link.start())))
                    .append("<a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a>");
            at = link.start() + url.length();
        }
        body.append(escapeLines(text.substring(at)));
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head><body style=\"margin:0;font-family:sans-serif;color:#1a1a1a\">"
                + "<div style=\"background:" + escape(shop.brandColor()) + ";color:#fff;padding:16px 24px;font-size:20px;"
                + "font-weight:bold\">" + escape(shop.name()) + "</div><div style=\"padding:24px;line-height:1.7\">" + body
                + "</div></body></html>";
    }

    private static String escape(String text) {
        return com.samskivert.mustache.Escapers.HTML.escape(text);
    }

    private static String escapeLines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** "See https://example.jp/help." links to /help, not /help. */
    private static String withoutTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]'".indexOf(url.charAt(end - 1)) >= 0 && end > url.indexOf("://") + 4) {
            end--;
        }
        return url.substring(0, end);
    }
}
