package com.kaeru.backend.insights.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kaeru.api.insights.ArchivedReportDto;
import com.kaeru.api.insights.ReportRecipientDto;
import com.kaeru.api.insights.ReportRecipientsDto;
import com.kaeru.api.insights.ReportRecipientsUpdate;
import com.kaeru.api.insights.ReportSendDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.insights.domain.ReportPeriod;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.persistence.SqlValues;
import com.kaeru.backend.platform.text.CsvEncoding;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The report archive's use cases: list, download, "generate now" (its request; the resource then has
 * {@link ReportGenerator} make it outside this transaction), the monthly report's recipients and a
 * re-send. Reading and generating need VIEW_REPORTS; recipients and re-sends MANAGE_SETTINGS.
 */
@ApplicationScoped
public class ReportArchive {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    ReportSteps steps;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    private static final String COLUMNS = "id, kind, period_start, period_end, language, status, attempts, last_error, "
            + "requested_by, requested_at, generated_at, octet_length(pdf)";

    /** A requested report: the shop it belongs to and its id, to make it. */
    public record Requested(long shopId, long reportId) {
    }

    /** A file of an archived report. */
    public record File(String fileName, String mediaType, byte[] content) {
    }

    @Transactional
    public List<ArchivedReportDto> list(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_REPORTS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from insights_report where shop_id = ?1 "
                + "order by period_start desc, kind, language, id desc limit 500").setParameter(1, shop.id()).getResultList();
        return rows.stream().map(ReportArchive::dto).toList();
    }

    @Transactional
    public ArchivedReportDto get(String slug, long id) {
        Shop shop = access.enter(slug, Permission.VIEW_REPORTS);
        return dto(row(shop, id));
    }

    /**
     * "Generate now": the {@code kind} period containing {@code date} (absent: the last complete one)
     * in {@code language} (absent: the shop's default), queued once for the shop whoever asks.
     */
    @Transactional
    public Requested request(String slug, String kind, String date, String language) {
        Shop shop = access.enter(slug, Permission.VIEW_REPORTS);
        ReportPeriod.Kind k = ReportPeriod.Kind.parse(kind);
        LocalDate today = LocalDate.now(clock.withZone(shop.timeZone()));
        ReportPeriod period;
        if (date == null || date.isBlank()) {
            period = ReportPeriod.previous(k, today);
        } else {
            try {
                period = ReportPeriod.containing(k, LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("problem.insights.date", date);
            }
        }
        if (!period.isOverOn(today)) {
            throw new InvalidValueException("problem.insights.report-not-over", k.name(), period.from(), period.to());
        }
        String lang = language == null || language.isBlank() ? shop.defaultLanguage() : language.strip();
        return new Requested(shop.id(), steps.request(shop.id(), period, lang, false, caller.username(), clock.instant()));
    }

    /** A READY report's PDF, or its CSV in {@code charset}; 404 for another shop's or one not ready. */
    @Transactional
    public File file(String slug, long id, String format, String charset) {
        Shop shop = access.enter(slug, Permission.VIEW_REPORTS);
        CsvEncoding encoding = "pdf".equals(format) ? null : CsvEncoding.of(charset);
        ArchivedReportDto report = dto(row(shop, id));
        if (!"READY".equals(report.status())) {
            throw new NotFoundException("problem.insights.report-not-ready", id, report.status());
        }
        String column = encoding == null ? "pdf" : encoding == CsvEncoding.UTF_8 ? "csv_utf8" : "csv_sjis";
        byte[] content = (byte[]) em.createNativeQuery("select " + column + " from insights_report where id = ?1 "
                + "and shop_id = ?2").setParameter(1, id).setParameter(2, shop.id()).getSingleResult();
        String name = shop.slug().value() + "-" + report.kind().toLowerCase(Locale.ROOT) + "-" + report.from() + "-"
                + report.to() + "-" + report.language() + "." + format;
        return new File(name, encoding == null ? "application/pdf" : encoding.mediaType(), content);
    }

    /** E-mails a READY report once more to every current recipient of its language (managers). */
    @Transactional
    public ReportSendDto send(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        ArchivedReportDto report = dto(row(shop, id));
        if (!"READY".equals(report.status())) {
            throw new NotFoundException("problem.insights.report-not-ready", id, report.status());
        }
        int round = steps.nextRound(id);
        return new ReportSendDto(id, round, steps.queueSends(shop.id(), id, round, caller.username(), clock.instant()));
    }

    @Transactional
    public ReportRecipientsDto recipients(String slug) {
        return recipients(access.enter(slug, Permission.VIEW_REPORTS));
    }

    /** Replaces the recipients (addresses validated by the resource; one given twice counts once). */
    @Transactional
    public ReportRecipientsDto setRecipients(String slug, List<ReportRecipientsUpdate.Recipient> recipients) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        Map<String, String> wanted = new LinkedHashMap<>();
        for (ReportRecipientsUpdate.Recipient r : recipients) {
            String language = r.language == null || r.language.isBlank() ? null : r.language.strip();
            wanted.put(r.email.strip().toLowerCase(Locale.ROOT), language);
        }
        em.createNativeQuery("delete from insights_report_recipient where shop_id = ?1").setParameter(1, shop.id())
                .executeUpdate();
        for (Map.Entry<String, String> r : wanted.entrySet()) {
            em.createNativeQuery("insert into insights_report_recipient (shop_id, email, language, added_by, added_at) "
                            + "values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, shop.id()).setParameter(2, r.getKey()).setParameter(3, r.getValue())
                    .setParameter(4, caller.username()).setParameter(5, ReportSteps.utc(clock.instant())).executeUpdate();
        }
        return recipients(shop);
    }

    private ReportRecipientsDto recipients(Shop shop) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select email, language from insights_report_recipient "
                + "where shop_id = ?1 order by email").setParameter(1, shop.id()).getResultList();
        List<ReportRecipientDto> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(new ReportRecipientDto((String) r[0], (String) r[1]));
        }
        return new ReportRecipientsDto(shop.slug().value(), shop.defaultLanguage(), list);
    }

    private Object[] row(Shop shop, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from insights_report where id = ?1 "
                + "and shop_id = ?2").setParameter(1, id).setParameter(2, shop.id()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("problem.insights.report-not-found", id);
        }
        return rows.get(0);
    }

    private static ArchivedReportDto dto(Object[] r) {
        return new ArchivedReportDto(((Number) r[0]).longValue(), (String) r[1], ReportSteps.date(r[2]),
                ReportSteps.date(r[3]), (String) r[4], (String) r[5], ((Number) r[6]).intValue(), (String) r[7],
                (String) r[8], SqlValues.instant(r[9]), SqlValues.instant(r[10]), r[11] == null ? null : ((Number) r[11]).longValue());
    }
}
