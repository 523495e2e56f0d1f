package com.kaeru.backend.insights.application;

import java.time.ZoneId;

import com.kaeru.backend.notifications.application.StaffEmails;

/**
 * Whose report archive: a shop's (migration V218, bound by {@code app.tenant_id}) or an agency's roll-up
 * reports (V250, bound by {@code app.agency_id}). Both archives have tables of the same shape, so every
 * step of {@link ReportSteps} and use case of {@link ReportArchive} runs on either; only the table names,
 * the owner column, the e-mail's type and the figures drawn differ.
 */
public record ReportOwner(Kind kind, long id) {

    /** The two archives. */
    public enum Kind {
        SHOP("insights_report", "insights_report_recipient", "insights_report_send", "shop_id",
                StaffEmails.INSIGHTS_REPORT, "insights-report:"),
        AGENCY("agency_report", "agency_report_recipient", "agency_report_send", "agency_id",
                StaffEmails.AGENCY_INSIGHTS_REPORT, "agency-report:");

        private final String reports;
        private final String recipients;
        private final String sends;
        private final String column;
        private final String mailType;
        private final String mailRef;

        Kind(String reports, String recipients, String sends, String column, String mailType, String mailRef) {
            this.reports = reports;
            this.recipients = recipients;
            this.sends = sends;
            this.column = column;
            this.mailType = mailType;
            this.mailRef = mailRef;
        }

        /** {@code sql} with {@code {reports}}, {@code {recipients}}, {@code {sends}} and {@code {owner}} filled in. */
        public String sql(String sql) {
            return sql.replace("{reports}", reports).replace("{recipients}", recipients).replace("{sends}", sends)
                    .replace("{owner}", column);
        }

        /** The staff e-mail that carries this archive's report. */
        public String mailType() {
            return mailType;
        }

        /** The outbox aggregate reference of a report's e-mails. */
        String mailRef(long reportId) {
            return mailRef + reportId;
        }
    }

    /**
     * What a report's files and e-mails say about their owner: its slug and name, the time zone of its
     * periods, the language of recipients without their own, and the shop whose outbox carries its e-mails.
     */
    public record Profile(String slug, String name, ZoneId zone, String defaultLanguage, Long mailShop) {
    }

    public static ReportOwner shop(long shopId) {
        return new ReportOwner(Kind.SHOP, shopId);
    }

    public static ReportOwner agency(long agencyId) {
        return new ReportOwner(Kind.AGENCY, agencyId);
    }

    /** {@link Kind#sql} of this owner's kind. */
    String sql(String sql) {
        return kind.sql(sql);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
