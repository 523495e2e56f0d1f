package com.kaeru.backend.access.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A person's role in one shop, and the permissions it grants there. */
public enum ShopRole {
    OPERATOR(EnumSet.of(Permission.VIEW_SHOP, Permission.PROCESS_RETURNS)),
    ANALYST(EnumSet.of(Permission.VIEW_SHOP, Permission.VIEW_REPORTS)),
    MANAGER(EnumSet.allOf(Permission.class)),
    /** Not held per shop: granted in every shop of the person's agency. */
    AGENCY_ADMIN(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    ShopRole(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** The role named by the last segment of a Keycloak group path ({@code operator}, ...). */
    public static Optional<ShopRole> fromGroupName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "operator", "operators" -> Optional.of(OPERATOR);
            case "analyst", "analysts" -> Optional.of(ANALYST);
            case "manager", "managers" -> Optional.of(MANAGER);
            default -> Optional.empty();
        };
    }
}
