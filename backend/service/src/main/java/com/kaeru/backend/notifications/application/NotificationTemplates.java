package com.kaeru.backend.notifications.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.kaeru.api.settings.NotificationTemplateDto;
import com.kaeru.api.settings.RenderedEmailDto;
import com.kaeru.api.settings.TemplateUpdate;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.domain.Email;
import com.kaeru.backend.platform.errors.InvalidFieldsException;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.tenancy.domain.Shop;
import com.samskivert.mustache.MustacheException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Managers adapt the customer e-mails per event and language: see the text in use next to
 * Kaeru's default, save their own (checked to compile first), go back to the default, preview it
 * with sample data, and send a test to their own address through the same outbox and mailer as
 * real e-mails.
 */
@ApplicationScoped
public class NotificationTemplates {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    EmailComposer composer;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Transactional
    public List<NotificationTemplateDto> list(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        List<NotificationTemplateDto> result = new ArrayList<>();
        for (String event : EmailComposer.events()) {
            for (String language : Shop.SUPPORTED_LANGUAGES) {
                result.add(dto(shop, event, language));
            }
        }
        return result;
    }

    @Transactional
    public NotificationTemplateDto save(String slug, String event, String language, TemplateUpdate t) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        check(event, language);
        compiled(shop, language, t);
        em.createNativeQuery("insert into notification_template (shop_id, event_type, language, subject, body) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict (shop_id, event_type, language) do update set "
                        + "subject = excluded.subject, body = excluded.body, updated_at = now()")
                .setParameter(1, shop.id()).setParameter(2, event).setParameter(3, language)
                .setParameter(4, t.subject.strip()).setParameter(5, t.body).executeUpdate();
        audit.record(shop.id(), "TEMPLATE", event + "/" + language, "TEMPLATE_SAVED", null, null, caller.username(),
                t.subject.strip(), Instant.now());
        return dto(shop, event, language);
    }

    @Transactional
    public NotificationTemplateDto reset(String slug, String event, String language) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        check(event, language);
        int removed = em.createNativeQuery("delete from notification_template where shop_id = ?1 and event_type = ?2 "
                        + "and language = ?3")
                .setParameter(1, shop.id()).setParameter(2, event).setParameter(3, language).executeUpdate();
        if (removed > 0) {
            audit.record(shop.id(), "TEMPLATE", event + "/" + language, "TEMPLATE_RESET", null, null,
                    caller.username(), null, Instant.now());
        }
        return dto(shop, event, language);
    }

    @Transactional
    public RenderedEmailDto preview(String slug, String event, String language, TemplateUpdate t) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        check(event, language);
        Email email = compiled(shop, language, t);
        return new RenderedEmailDto(null, email.subject(), email.text(), email.html());
    }

    /** Rendered now, delivered by the outbox dispatcher to the caller's own address (from their token). */
    @Transactional
    public RenderedEmailDto sendTest(String slug, String event, String language, TemplateUpdate t) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        check(event, language);
        String to = caller.email().filter(e -> !e.isBlank())
                .orElseThrow(() -> new InvalidValueException("problem.template.no-email"));
        Email email = compiled(shop, language, t);
        outbox.publish(shop.id(), EmailComposer.TEMPLATE_TEST, event, "TEMPLATE_TEST:" + UUID.randomUUID(),
                Map.of("email", to, "language", language, "subject", email.subject(), "text", email.text()),
                Instant.now());
        audit.record(shop.id(), "TEMPLATE", event + "/" + language, "TEMPLATE_TEST_SENT", null, null,
                caller.username(), to, Instant.now());
        return new RenderedEmailDto(to, email.subject(), email.text(), email.html());
    }

    private NotificationTemplateDto dto(Shop shop, String event, String language) {
        String[] fallback = EmailComposer.defaultTemplate(event, Locale.forLanguageTag(language))
                .orElse(new String[] {"", ""});
        var own = composer.shopTemplate(shop.id(), event, language);
        String[] used = own.orElse(fallback);
        return new NotificationTemplateDto(event, language, used[0], used[1], own.isPresent(), fallback[0], fallback[1]);
    }

    private static void check(String event, String language) {
        if (!EmailComposer.events().contains(event) || !Shop.SUPPORTED_LANGUAGES.contains(language)) {
            throw new NotFoundException("problem.not-found.template", event, language);
        }
    }

    /** Renders with sample data; a template that does not compile is reported on its field. */
    private Email compiled(Shop shop, String language, TemplateUpdate t) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> sample = EmailComposer.sample(shop, language);
        try {
            com.samskivert.mustache.Mustache.compiler().compile(t.subject);
        } catch (MustacheException e) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Issue("subject",
                    "problem.template.syntax", e.getMessage())));
        }
        try {
            return composer.render(shop, t.subject, t.body, sample, locale);
        } catch (MustacheException e) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Issue("body",
                    "problem.template.syntax", e.getMessage())));
        }
    }
}
