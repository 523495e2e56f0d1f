package com.kaeru.api.audit;

import java.util.List;

/** Distinct values in a shop's trail, sorted. */
public record AuditFacetsDto(List<String> entityTypes, List<String> actions) {
}
