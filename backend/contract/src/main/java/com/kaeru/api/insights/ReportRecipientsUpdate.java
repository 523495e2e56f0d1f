package com.kaeru.api.insights;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The whole list of the monthly report's recipients (replaces the previous one; an address given twice
 * counts once). Classes, not records: see {@code BrandingUpdate}.
 */
public final class ReportRecipientsUpdate {
    /** At most {@link #MAX} addresses. */
    public static final int MAX = 50;

    @NotNull
    @Size(max = MAX)
    public List<@NotNull @Valid Recipient> recipients = new ArrayList<>();

    public ReportRecipientsUpdate() {
    }

    public ReportRecipientsUpdate(List<Recipient> recipients) {
        this.recipients = recipients;
    }

    /** One address and, optionally, its language. */
    public static final class Recipient {
        @NotBlank
        @Email
        @Size(max = 254)
        public String email;

        /** {@code ja} or {@code en}; absent: the shop's default language. */
        @Pattern(regexp = "ja|en", message = "{kaeru.insights.report.language.pattern}")
        public String language;

        public Recipient() {
        }

        public Recipient(String email, String language) {
            this.email = email;
            this.language = language;
        }
    }
}
