package com.kaeru.api.inventory;

import java.util.List;

/** A page of the ledger, newest first. */
public record MovementPageDto(List<MovementDto> items, long total, int page, int size) {
}
