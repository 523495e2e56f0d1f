package com.kaeru.api.audit;

import java.util.List;

/** A page of the audit log, newest first. */
public record AuditPageDto(List<AuditEntryDto> items, long total, int page, int size) {
}
