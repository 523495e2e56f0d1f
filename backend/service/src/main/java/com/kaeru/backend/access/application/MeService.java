package com.kaeru.backend.access.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.kaeru.api.me.MeDto;
import com.kaeru.api.me.ShopMembershipDto;
import com.kaeru.backend.access.domain.Memberships;
import com.kaeru.backend.access.domain.ShopRole;
import com.kaeru.backend.tenancy.domain.AgencyRepository;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Tells the caller who they are and where they may work. */
@ApplicationScoped
public class MeService {
    @Inject
    Caller caller;
    @Inject
    ShopRepository shops;
    @Inject
    AgencyRepository agencies;

    @Transactional
    public MeDto me() {
        caller.requireAuthenticated();
        Memberships memberships = caller.memberships();
        List<ShopMembershipDto> accessible = shops
                .findAccessible(memberships.directShops(), memberships.administeredAgencies()).stream()
                .map(shop -> {
                    Set<ShopRole> roles = memberships.rolesIn(shop.slug().value(), shop.agencySlug());
                    return new ShopMembershipDto(shop.slug().value(), shop.name(), shop.agencySlug(),
                            names(roles), names(Memberships.permissionsOf(roles)));
                })
                .filter(m -> !m.roles().isEmpty())
                .toList();
        List<String> agencySlugs = List.copyOf(new TreeSet<>(memberships.administeredAgencies()));
        Map<String, String> agencyNames = new TreeMap<>();
        for (String slug : agencySlugs) {
            agencies.findBySlug(slug).ifPresent(agency -> agencyNames.put(slug, agency.name()));
        }
        return new MeDto(caller.username(), caller.displayName().orElse(caller.username()),
                caller.givenName().orElse(null), caller.familyName().orElse(null),
                caller.email().orElse(null), accessible, agencySlugs, agencyNames);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new TreeSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }
}
