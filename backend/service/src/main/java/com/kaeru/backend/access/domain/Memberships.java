package com.kaeru.backend.access.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A person's memberships as carried by the token: roles per shop slug, and the agencies they
 * administer. Unknown or malformed group paths are ignored, so a stray Keycloak group can never
 * grant access.
 */
public final class Memberships {
    private static final String SHOP_PREFIX = "/shops/";
    private static final String AGENCY_PREFIX = "/agencies/";

    private final Map<String, Set<ShopRole>> shopRoles;
    private final Set<String> administeredAgencies;

    private Memberships(Map<String, Set<ShopRole>> shopRoles, Set<String> administeredAgencies) {
        this.shopRoles = shopRoles;
        this.administeredAgencies = administeredAgencies;
    }

    public static Memberships none() {
        return new Memberships(Map.of(), Set.of());
    }

    /** Parses Keycloak group paths such as {@code /shops/sakura-apparel/operator}. */
    public static Memberships fromGroupPaths(Collection<String> groupPaths) {
        Map<String, Set<ShopRole>> roles = new LinkedHashMap<>();
        Set<String> agencies = new LinkedHashSet<>();
        for (String path : groupPaths) {
            String[] parts = path == null ? new String[0] : path.split("/", -1);
            // "/shops/x/role" splits into ["", "shops", "x", "role"]
            if (parts.length != 4 || !parts[0].isEmpty() || parts[2].isBlank()) {
                continue;
            }
            if (path.startsWith(SHOP_PREFIX)) {
                ShopRole.fromGroupName(parts[3]).ifPresent(role ->
                        roles.computeIfAbsent(parts[2], k -> EnumSet.noneOf(ShopRole.class)).add(role));
            } else if (path.startsWith(AGENCY_PREFIX) && ("admins".equals(parts[3]) || "admin".equals(parts[3]))) {
                agencies.add(parts[2]);
            }
        }
        roles.replaceAll((slug, set) -> Set.copyOf(set));
        return new Memberships(Map.copyOf(roles), Set.copyOf(agencies));
    }

    /** Shop slugs in which the person holds a role of their own (not through an agency). */
    public Set<String> directShops() {
        return shopRoles.keySet();
    }

    public Set<String> administeredAgencies() {
        return administeredAgencies;
    }

    /**
     * The roles held in a shop, counting agency administration.
     *
     * @param shopSlug   the shop
     * @param agencySlug the shop's agency, or {@code null} for an independent shop
     */
    public Set<ShopRole> rolesIn(String shopSlug, String agencySlug) {
        Set<ShopRole> roles = EnumSet.noneOf(ShopRole.class);
        roles.addAll(shopRoles.getOrDefault(shopSlug, Set.of()));
        if (agencySlug != null && administeredAgencies.contains(agencySlug)) {
            roles.add(ShopRole.AGENCY_ADMIN);
        }
        return roles;
    }

    public boolean allows(String shopSlug, String agencySlug, Permission permission) {
        return rolesIn(shopSlug, agencySlug).stream().anyMatch(role -> role.grants(permission));
    }

    public static Set<Permission> permissionsOf(Set<ShopRole> roles) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> permissions.addAll(role.permissions()));
        return permissions;
    }
}
