package com.kaeru.backend.team.application;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.team.InvitationDto;
import com.kaeru.api.team.TeamMemberDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.StaffNotices;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.team.domain.DirectoryUser;
import com.kaeru.backend.team.domain.InvitationNotSentException;
import com.kaeru.backend.team.domain.Team;
import com.kaeru.backend.team.domain.TeamDirectory;
import com.kaeru.backend.team.domain.TeamMember;
import com.kaeru.backend.team.domain.TeamRole;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A shop's team: list, invite, change a role, remove. Managers of the shop and admins of its agency
 * (MANAGE_TEAM); every change is audited in the shop's trail.
 */
@ApplicationScoped
public class TeamService {
    public static final String AUDIT_TYPE = "TEAM_MEMBER";

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    TeamDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    StaffNotices notices;

    @Transactional
    public List<TeamMemberDto> list(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_TEAM);
        return team(shop).members().stream().map(this::toDto).toList();
    }

    /**
     * Gives a person a role in the shop. An existing Keycloak user with that e-mail is reused only
     * when their address is verified (409 otherwise, see {@link Team#requireAdmissible}) and is told
     * by e-mail; else an account is created and Keycloak e-mails its "set your password" link, which
     * also verifies the address. No password is ever shown: when the e-mail cannot be sent, the new
     * account is deleted again and the invitation refused (503), so nobody but the owner of the
     * mailbox can ever sign in to an account Kaeru created.
     */
    @Transactional
    public InvitationDto invite(String slug, String email, String firstName, String lastName, String roleName) {
        Shop shop = access.enter(slug, Permission.MANAGE_TEAM);
        TeamRole role = role(roleName);
        String address = email.strip();
        Team team = team(shop);
        DirectoryUser existing = directory.findByEmail(address).orElse(null);
        if (existing != null) {
            team.requireAdmissible(existing);
        }
        directory.ensureShopGroups(shop.slug().value());
        DirectoryUser user = existing != null ? existing
                : directory.create(address, blankToNull(firstName), blankToNull(lastName), shop.defaultLanguage());
        directory.join(user.id(), role.groupPath(shop.slug().value()));
        Instant now = Instant.now();
        if (existing == null) {
            if (!directory.sendInvitation(user.id())) {
                directory.delete(user.id());
                throw new InvitationNotSentException(address);
            }
        } else {
            // Somebody who already has an account learns that a shop gave them access, and by whom.
            notices.memberAdded(shop.id(), user.id(), user.email(),
                    user.language() != null ? user.language() : shop.defaultLanguage(), role.name(), inviterName(), now);
        }
        audit.record(shop.id(), AUDIT_TYPE, user.username(), "TEAM_INVITED", null, role.name(), caller.username(),
                existing == null ? "new account " + address : address, now);
        return new InvitationDto(toDto(new TeamMember(user, java.util.Set.of(role))), existing == null,
                existing == null);
    }

    /** Moves a person to another role: joins the new group first, then leaves the others. */
    @Transactional
    public TeamMemberDto changeRole(String slug, String userId, String roleName) {
        Shop shop = access.enter(slug, Permission.MANAGE_TEAM);
        TeamRole role = role(roleName);
        Team team = team(shop);
        TeamMember member = team.require(userId);
        if (member.roles().equals(java.util.Set.of(role))) {
            return toDto(member);
        }
        team.checkLeavesManagers(member, role, caller.subject());
        String shopSlug = shop.slug().value();
        if (!member.roles().contains(role)) {
            directory.ensureShopGroups(shopSlug);
            directory.join(userId, role.groupPath(shopSlug));
        }
        for (TeamRole old : member.roles()) {
            if (old != role) {
                directory.leave(userId, old.groupPath(shopSlug));
            }
        }
        audit.record(shop.id(), AUDIT_TYPE, member.user().username(), "TEAM_ROLE_CHANGED", member.role().name(),
                role.name(), caller.username(), null, Instant.now());
        return toDto(new TeamMember(member.user(), java.util.Set.of(role)));
    }

    /** Ends a person's access to the shop; their Keycloak account and other shops stay. */
    @Transactional
    public void remove(String slug, String userId) {
        Shop shop = access.enter(slug, Permission.MANAGE_TEAM);
        Team team = team(shop);
        TeamMember member = team.require(userId);
        team.checkLeavesManagers(member, null, caller.subject());
        for (TeamRole old : member.roles()) {
            directory.leave(userId, old.groupPath(shop.slug().value()));
        }
        audit.record(shop.id(), AUDIT_TYPE, member.user().username(), "TEAM_REMOVED", member.role().name(), null,
                caller.username(), null, Instant.now());
    }

    /** The people of a shop as the directory has them now. */
    Team team(Shop shop) {
        String slug = shop.slug().value();
        Map<TeamRole, List<DirectoryUser>> byRole = new EnumMap<>(TeamRole.class);
        for (TeamRole role : TeamRole.values()) {
            byRole.put(role, directory.members(role.groupPath(slug)));
        }
        return Team.of(slug, byRole);
    }

    /** Agency admin (or anything else) cannot be granted here, whatever the request says. */
    private static TeamRole role(String name) {
        return TeamRole.parse(name).orElseThrow(() -> new InvalidValueException("problem.team.unknown-role", name));
    }

    private TeamMemberDto toDto(TeamMember member) {
        DirectoryUser u = member.user();
        return new TeamMemberDto(u.id(), u.username(), u.email(), u.firstName(), u.lastName(), member.role().name(),
                u.id().equals(caller.subject()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** How the person added is told who did it: the inviter's name and address from their token. */
    private String inviterName() {
        String name = caller.displayName().filter(n -> !n.isBlank()).orElse(caller.username());
        return caller.email().filter(e -> !e.isBlank()).map(e -> name + " <" + e + ">").orElse(name);
    }
}
