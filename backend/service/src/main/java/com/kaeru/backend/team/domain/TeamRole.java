package com.kaeru.backend.team.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles a shop's team can grant, highest last. Agency admin is deliberately absent: it is an
 * agency membership and can never be granted from a shop.
 */
public enum TeamRole {
    OPERATOR, ANALYST, MANAGER;

    /** Last segment of the Keycloak group path: {@code operator}, {@code analyst}, {@code manager}. */
    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TeamRole> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (TeamRole role : values()) {
            if (role.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The group of this role in a shop, e.g. {@code /shops/sakura-apparel/operator}. */
    public String groupPath(String shopSlug) {
        return "/shops/" + shopSlug + "/" + groupName();
    }
}
