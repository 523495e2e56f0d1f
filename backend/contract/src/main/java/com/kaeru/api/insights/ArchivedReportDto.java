package com.kaeru.api.insights;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report in the shop's archive: one per kind, period and language. {@code status} PENDING (being
 * rendered, or waiting for a retry after {@code lastError}), READY (files downloadable) or FAILED
 * (gave up after {@code attempts}; asking again queues it anew).
 */
public record ArchivedReportDto(long id, String kind, LocalDate from, LocalDate to, String language, String status,
                                int attempts, String lastError, String requestedBy, Instant requestedAt,
                                Instant generatedAt, Long pdfBytes) {
}
