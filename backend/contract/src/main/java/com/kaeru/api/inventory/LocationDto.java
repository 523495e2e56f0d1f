package com.kaeru.api.inventory;

/** A location (warehouse) of the shop; the default one receives returns and ships exchanges. */
public record LocationDto(long id, String code, String name, boolean isDefault) {
}
