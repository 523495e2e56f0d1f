package com.kaeru.api.insights;

import java.util.List;

/** Who a report was queued for by a (re-)send, each exactly once for this round. */
public record ReportSendDto(long reportId, int round, List<String> queuedTo) {
}
