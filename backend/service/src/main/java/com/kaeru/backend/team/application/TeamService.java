package com.kaeru.backend.team.application;

import java.security.SecureRandom;
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
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.team.domain.DirectoryUser;
import com.kaeru.backend.team.domain.Team;
import com.kaeru.backend.team.domain.TeamDirectory;
import com.kaeru.backend.team.domain.TeamMember;
import com.kaeru.backend.team.domain.TeamRole;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A shop's team: list, invite, change a role, remove. Managers of the shop and admins of its agency
 * (MANAGE_TEAM); every change is audited in the shop's trail.
 */
@ApplicationScoped
public class TeamService {
    public static final String AUDIT_TYPE = "TEAM_MEMBER";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    TeamDirectory directory;
    @Inject
    AuditTrail audit;
    /** Whether new people get Keycloak's "set your password" e-mail; otherwise a one-time password. */
    @Inject
    @ConfigProperty(name = "kaeru.team.invitation-email", defaultValue = "true")
    boolean invitationEmail;

    @Transactional
    public List<TeamMemberDto> list(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_TEAM);
        return team(shop).members().stream().map(this::toDto).toList();
    }

    /**
     * Gives a person a role in the shop: an existing Keycloak user with that e-mail is reused, else
     * one is created and invited by e-mail (or, when the e-mail cannot be sent, gets a one-time
     * password shown once to the inviter).
     */
    @Transactional
    public InvitationDto invite(String slug, String email, String firstName, String lastName, String roleName) {
        Shop shop = access.enter(slug, Permission.MANAGE_TEAM);
        TeamRole role = role(roleName);
        String address = email.strip();
        Team team = team(shop);
        DirectoryUser existing = directory.findByEmail(address).orElse(null);
        if (existing != null) {
            team.requireNotMember(existing);
        }
        directory.ensureShopGroups(shop.slug().value());
        DirectoryUser user = existing != null ? existing
                : directory.create(address, blankToNull(firstName), blankToNull(lastName), shop.defaultLanguage());
        directory.join(user.id(), role.groupPath(shop.slug().value()));
        boolean emailSent = false;
        String temporaryPassword = null;
        if (existing == null) {
            emailSent = invitationEmail && directory.sendInvitation(user.id());
            if (!emailSent) {
                temporaryPassword = temporaryPassword();
                directory.setTemporaryPassword(user.id(), temporaryPassword);
            }
        }
        audit.record(shop.id(), AUDIT_TYPE, user.username(), "TEAM_INVITED", null, role.name(), caller.username(),
                existing == null ? "new account " + address : address, Instant.now());
        return new InvitationDto(toDto(new TeamMember(user, java.util.Set.of(role))), existing == null, emailSent,
                temporaryPassword);
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

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
