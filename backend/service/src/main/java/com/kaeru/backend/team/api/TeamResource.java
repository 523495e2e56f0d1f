package com.kaeru.backend.team.api;

import java.util.List;

import com.kaeru.api.team.InvitationDto;
import com.kaeru.api.team.InvitationRequest;
import com.kaeru.api.team.RoleChange;
import com.kaeru.api.team.TeamApi;
import com.kaeru.api.team.TeamMemberDto;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.team.application.TeamService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class TeamResource implements TeamApi {
    @Inject
    TeamService service;
    @Inject
    RequestBodies bodies;

    @Override
    public List<TeamMemberDto> list(String slug) {
        return service.list(slug);
    }

    @Override
    public InvitationDto invite(String slug, InvitationRequest invitation) {
        InvitationRequest valid = bodies.validated(invitation);
        return service.invite(slug, valid.email, valid.firstName, valid.lastName, valid.role);
    }

    @Override
    public TeamMemberDto changeRole(String slug, String userId, RoleChange change) {
        return service.changeRole(slug, userId, bodies.validated(change).role);
    }

    @Override
    public void remove(String slug, String userId) {
        service.remove(slug, userId);
    }
}
