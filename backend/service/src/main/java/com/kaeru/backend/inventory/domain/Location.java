package com.kaeru.backend.inventory.domain;

/** A warehouse of a shop; the default one receives returns and ships exchanges. */
public record Location(long id, long shopId, String code, String name, boolean isDefault) {
}
