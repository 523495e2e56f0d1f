package com.kaeru.api.returns;

import java.util.List;

/** A page of exchange fulfilments, oldest first within the queue, with the total matching. */
public record FulfilmentPageDto(List<FulfilmentDto> items, long total, int page, int size) {
}
