package com.kaeru.backend.policy.domain;

import java.util.Locale;

/**
 * How the blocklist compares a customer's contact, in one place: an e-mail address without
 * surrounding spaces and in lower case (as the portal's order lookup ignores case), a phone
 * number as its ASCII digits only (as the lookup compares phones: "090-1234-5678",
 * "09012345678" and "(090) 1234 5678" are one number). Entries are stored in this form, so a
 * customer is listed once however staff typed the value.
 */
public final class CustomerContact {
    private CustomerContact() {
    }

    /** The e-mail as compared, or {@code null} for a missing or blank one. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The phone's digits as compared, or {@code null} when it has none. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }

    /** A plausible address: one {@code @}, something before it, a dot in the domain, no spaces. */
    public static boolean plausibleEmail(String normalised) {
        return normalised != null && normalised.length() <= 254
                && normalised.matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    }

    /** A plausible number: 7 to 15 digits (E.164 allows at most 15; Japanese numbers have 10 or 11). */
    public static boolean plausiblePhone(String digits) {
        return digits != null && digits.length() >= 7 && digits.length() <= 15;
    }
}
