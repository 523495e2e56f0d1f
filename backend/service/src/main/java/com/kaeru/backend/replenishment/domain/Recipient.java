package com.kaeru.backend.replenishment.domain;

/** A manager the digest goes to; language {@code ja} or {@code en}, null when the person has none. */
public record Recipient(String email, String language) {
}
