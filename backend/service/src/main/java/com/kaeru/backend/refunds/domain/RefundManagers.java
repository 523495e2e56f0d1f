package com.kaeru.backend.refunds.domain;

import java.util.List;

/**
 * Who hears about a failed refund: the shop's managers with an e-mail address, as the team directory
 * knows them. A port: the directory lives in a capability above refunds.
 */
public interface RefundManagers {
    /** A manager's address and language ({@code ja}, {@code en}, or null when the person set none). */
    record Manager(String email, String language) {
    }

    /** The shop's managers; throws when the directory cannot be asked (the alert is tried again later). */
    List<Manager> of(String shopSlug);
}
