package com.kaeru.api.integration;

import java.util.List;

import com.kaeru.api.problem.Problem;

/**
 * What happened to one record of a batch.
 *
 * @param key     the record's external id or SKU
 * @param outcome {@code CREATED}, {@code UPDATED}, {@code UNCHANGED} or {@code REJECTED}
 * @param errors  why a record was rejected (field and message); empty otherwise
 */
public record RecordResult(String key, String outcome, List<Problem.FieldError> errors) {
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String UNCHANGED = "UNCHANGED";
    public static final String REJECTED = "REJECTED";
}
