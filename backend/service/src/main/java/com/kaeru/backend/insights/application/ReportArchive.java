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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The report archive's use cases, for a shop's archive and an agency's roll-up reports alike ({@link Archive}):
 * list, download, "generate now" (its request; the resource then has {@link ReportGenerator} make it outside this
 * transaction), the monthly report's recipients and a re-send. In a shop, reading and generating need
 * VIEW_REPORTS, recipients and re-sends MANAGE_SETTINGS; an agency's archive is its admins' (as its roll-up).
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

    /** Which archive a request names: a shop's by its slug, or an agency's by the agency's slug. */
    public record Archive(ReportOwner.Kind kind, String slug) {
        public static Archive shop(String slug) {
            return new Archive(ReportOwner.Kind.SHOP, slug);
        }

        public static Archive agency(String agency) {
            return new Archive(ReportOwner.Kind.AGENCY, agency);
        }
    }

    /** A requested report: whose it is and its id, to make it. */
    public record Requested(ReportOwner owner, long reportId) {
    }

    /** A file of an archived report. */
    public record File(String fileName, String mediaType, byte[] content) {
    }

    /** The monthly report's recipients: the owner's slug, the language of those without their own, the addresses. */
    public record Recipients(String slug, String defaultLanguage, List<ReportRecipientDto> recipients) {
    }

    /** An archive entered by its caller: the owner, bound to the transaction, and its profile. */
    private record Entered(ReportOwner owner, ReportOwner.Profile profile) {
    }

    /**
     * Checks the caller and binds the transaction to the archive. A shop: {@code permission} in the shop (403
     * otherwise). An agency: its admins only (403 before anything is looked up), 404 for an agency that does not
     * exist.
     */
    private Entered enter(Archive archive, Permission permission) {
        ReportOwner owner;
        if (archive.kind() == ReportOwner.Kind.SHOP) {
            owner = ReportOwner.shop(access.enter(archive.slug(), permission).id());
        } else {
            access.requireAgencyAdmin(archive.slug());
            List<?> ids = em.createNativeQuery("select id from agency where slug = ?1").setParameter(1, archive.slug())
                    .getResultList();
            if (ids.isEmpty()) {
                throw new NotFoundException("problem.not-found.agency", archive.slug());
            }
            owner = ReportOwner.agency(((Number) ids.get(0)).longValue());
            steps.bind(owner);
        }
        return new Entered(owner, steps.profile(owner));
    }

    @Transactional
    public List<ArchivedReportDto> list(Archive archive) {
        ReportOwner owner = enter(archive, Permission.VIEW_REPORTS).owner();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(owner.sql("select " + COLUMNS + " from {reports} where {owner} = ?1 "
                + "order by period_start desc, kind, language, id desc limit 500")).setParameter(1, owner.id()).getResultList();
        return rows.stream().map(ReportArchive::dto).toList();
    }

    @Transactional
    public ArchivedReportDto get(Archive archive, long id) {
        return dto(row(enter(archive, Permission.VIEW_REPORTS).owner(), id));
    }

    /**
     * "Generate now": the {@code kind} period containing {@code date} (absent: the last complete one)
     * in {@code language} (absent: the owner's default), queued once for the owner whoever asks.
     */
    @Transactional
    public Requested request(Archive archive, String kind, String date, String language) {
        Entered entered = enter(archive, Permission.VIEW_REPORTS);
        ReportPeriod.Kind k = ReportPeriod.Kind.parse(kind);
        LocalDate today = LocalDate.now(clock.withZone(entered.profile().zone()));
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
        String lang = language == null || language.isBlank() ? entered.profile().defaultLanguage() : language.strip();
        return new Requested(entered.owner(),
                steps.request(entered.owner(), period, lang, false, caller.username(), clock.instant()));
    }

    /** A READY report's PDF, or its CSV in {@code charset}; 404 for another owner's or one not ready. */
    @Transactional
    public File file(Archive archive, long id, String format, String charset) {
        Entered entered = enter(archive, Permission.VIEW_REPORTS);
        ReportOwner owner = entered.owner();
        CsvEncoding encoding = "pdf".equals(format) ? null : CsvEncoding.of(charset);
        ArchivedReportDto report = dto(row(owner, id));
        if (!"READY".equals(report.status())) {
            throw new NotFoundException("problem.insights.report-not-ready", id, report.status());
        }
        String column = encoding == null ? "pdf" : encoding == CsvEncoding.UTF_8 ? "csv_utf8" : "csv_sjis";
        byte[] content = (byte[]) em.createNativeQuery(owner.sql("select " + column + " from {reports} where id = ?1 "
                + "and {owner} = ?2")).setParameter(1, id).setParameter(2, owner.id()).getSingleResult();
        String name = entered.profile().slug() + "-" + report.kind().toLowerCase(Locale.ROOT) + "-" + report.from() + "-"
                + report.to() + "-" + report.language() + "." + format;
        return new File(name, encoding == null ? "application/pdf" : encoding.mediaType(), content);
    }

    /** E-mails a READY report once more to every current recipient of its language (managers, agency admins). */
    @Transactional
    public ReportSendDto send(Archive archive, long id) {
        ReportOwner owner = enter(archive, Permission.MANAGE_SETTINGS).owner();
        ArchivedReportDto report = dto(row(owner, id));
        if (!"READY".equals(report.status())) {
            throw new NotFoundException("problem.insights.report-not-ready", id, report.status());
        }
        int round = steps.nextRound(owner, id);
        return new ReportSendDto(id, round, steps.queueSends(owner, id, round, caller.username(), clock.instant()));
    }

    @Transactional
    public Recipients recipients(Archive archive) {
        return recipients(enter(archive, Permission.VIEW_REPORTS));
    }

    /** Replaces the recipients (addresses validated by the resource; one given twice counts once). */
    @Transactional
    public Recipients setRecipients(Archive archive, List<ReportRecipientsUpdate.Recipient> recipients) {
        Entered entered = enter(archive, Permission.MANAGE_SETTINGS);
        ReportOwner owner = entered.owner();
        Map<String, String> wanted = new LinkedHashMap<>();
        for (ReportRecipientsUpdate.Recipient r : recipients) {
            String language = r.language == null || r.language.isBlank() ? null : r.language.strip();
            wanted.put(r.email.strip().toLowerCase(Locale.ROOT), language);
        }
        em.createNativeQuery(owner.sql("delete from {recipients} where {owner} = ?1")).setParameter(1, owner.id())
                .executeUpdate();
        for (Map.Entry<String, String> r : wanted.entrySet()) {
            em.createNativeQuery(owner.sql("insert into {recipients} ({owner}, email, language, added_by, added_at) "
                            + "values (?1, ?2, ?3, ?4, ?5)"))
                    .setParameter(1, owner.id()).setParameter(2, r.getKey()).setParameter(3, r.getValue())
                    .setParameter(4, caller.username()).setParameter(5, ReportSteps.utc(clock.instant())).executeUpdate();
        }
        return recipients(entered);
    }

    private Recipients recipients(Entered entered) {
        ReportOwner owner = entered.owner();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(owner.sql("select email, language from {recipients} "
                + "where {owner} = ?1 order by email")).setParameter(1, owner.id()).getResultList();
        List<ReportRecipientDto> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(new ReportRecipientDto((String) r[0], (String) r[1]));
        }
        return new Recipients(entered.profile().slug(), entered.profile().defaultLanguage(), list);
    }

    private Object[] row(ReportOwner owner, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(owner.sql("select " + COLUMNS + " from {reports} where id = ?1 "
                + "and {owner} = ?2")).setParameter(1, id).setParameter(2, owner.id()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(owner.kind() == ReportOwner.Kind.AGENCY ? "problem.insights.agency-report-not-found"
                    : "problem.insights.report-not-found", id);
        }
        return rows.get(0);
    }

    private static ArchivedReportDto dto(Object[] r) {
        return new ArchivedReportDto(((Number) r[0]).longValue(), (String) r[1], ReportSteps.date(r[2]),
                ReportSteps.date(r[3]), (String) r[4], (String) r[5], ((Number) r[6]).intValue(), (String) r[7],
                (String) r[8], SqlValues.instant(r[9]), SqlValues.instant(r[10]), r[11] == null ? null : ((Number) r[11]).longValue());
    }
}
