package com.kaeru.api.returns;

import java.time.Instant;

/** An internal note staff left on a return: who, when, what. Append-only. */
public record ReturnNoteDto(long id, String author, Instant createdAt, String text) {
}
