package com.kaeru.backend.dataexport.domain;

import java.util.List;

/** The shop's team as the identity provider holds it (Keycloak groups), read for an export. */
public interface ShopTeam {
    /**
     * One entry per person with a role of their own in the shop (their highest role; agency admins hold none here).
     * Fails when the directory cannot be asked, so an export never silently lacks its team.
     */
    List<TeamMembership> of(String shopSlug);
}
