package com.kaeru.api.integration;

import java.util.List;

/** Per-record outcome of a batch, in the order the records were sent, with counts. */
public record BatchResult(int created, int updated, int unchanged, int rejected, List<RecordResult> records) {
    public static BatchResult of(List<RecordResult> records) {
        return new BatchResult(count(records, RecordResult.CREATED), count(records, RecordResult.UPDATED),
                count(records, RecordResult.UNCHANGED), count(records, RecordResult.REJECTED), List.copyOf(records));
    }

    private static int count(List<RecordResult> records, String outcome) {
        return (int) records.stream().filter(r -> r.outcome().equals(outcome)).count();
    }
}
