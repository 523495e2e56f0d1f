package com.kaeru.backend.replenishment.infrastructure;

import java.util.List;

import com.kaeru.backend.replenishment.domain.Recipient;
import com.kaeru.backend.replenishment.domain.ShopManagers;
import com.kaeru.backend.team.domain.TeamDirectory;
import com.kaeru.backend.team.domain.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The shop's managers as the team directory (Keycloak) knows them: the members of
 * {@code /shops/{shop}/manager} with an e-mail address. Agency admins are not in that group and get
 * no digest: they see every client shop's alerts in the console.
 */
@ApplicationScoped
public class DirectoryShopManagers implements ShopManagers {
    @Inject
    TeamDirectory directory;

    @Override
    public List<Recipient> of(String shopSlug) {
        return directory.members(TeamRole.MANAGER.groupPath(shopSlug)).stream()
                .filter(u -> u.email() != null && !u.email().isBlank())
                .map(u -> new Recipient(u.email(), u.language())).toList();
    }
}
