package com.kaeru.backend.team.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person and the roles they hold in one shop. Normally one role; several are tolerated (groups
 * edited by hand in Keycloak) and the highest is shown. A role change leaves all the others.
 */
public record TeamMember(DirectoryUser user, Set<TeamRole> roles) {
    public TeamMember {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A team member holds a role");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public TeamRole role() {
        return roles.stream().max(Enum::compareTo).orElseThrow();
    }

    public boolean isManager() {
        return roles.contains(TeamRole.MANAGER);
    }
}
