package com.kaeru.backend.dataexport.infrastructure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kaeru.backend.dataexport.domain.ShopTeam;
import com.kaeru.backend.dataexport.domain.TeamMembership;
import com.kaeru.backend.team.domain.DirectoryUser;
import com.kaeru.backend.team.domain.Team;
import com.kaeru.backend.team.domain.TeamDirectory;
import com.kaeru.backend.team.domain.TeamMember;
import com.kaeru.backend.team.domain.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The team as the directory (Keycloak) holds it: the members of {@code /shops/{shop}/{role}}, one entry per person
 * with their highest role, people without an e-mail address left out (nobody could be invited back).
 */
@ApplicationScoped
public class DirectoryShopTeam implements ShopTeam {
    @Inject
    TeamDirectory directory;

    @Override
    public List<TeamMembership> of(String shopSlug) {
        Map<TeamRole, List<DirectoryUser>> byRole = new EnumMap<>(TeamRole.class);
        for (TeamRole role : TeamRole.values()) {
            byRole.put(role, directory.members(role.groupPath(shopSlug)));
        }
        return Team.of(shopSlug, byRole).members().stream()
                .filter(m -> m.user().email() != null && !m.user().email().isBlank())
                .map(DirectoryShopTeam::membership).toList();
    }

    private static TeamMembership membership(TeamMember member) {
        return new TeamMembership(member.user().email(), member.role().name());
    }
}
