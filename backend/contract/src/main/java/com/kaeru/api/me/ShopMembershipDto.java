package com.kaeru.api.me;

import java.util.Set;

/**
 * One shop a person may work in.
 *
 * @param slug        the shop's URL name
 * @param name        the shop's display name
 * @param agencySlug  the agency that runs the shop, or {@code null} for an independent shop
 * @param roles       roles held in this shop ({@code OPERATOR}, {@code ANALYST}, {@code MANAGER},
 *                    {@code AGENCY_ADMIN})
 * @param permissions what those roles allow here (see {@code Permission} names)
 */
public record ShopMembershipDto(String slug, String name, String agencySlug,
                                Set<String> roles, Set<String> permissions) {
}
