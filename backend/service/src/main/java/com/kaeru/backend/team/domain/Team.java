package com.kaeru.backend.team.domain;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.kaeru.backend.platform.errors.NotFoundException;

/**
 * The people of one shop with their roles, as read from the directory, and the rules for changing
 * them: one role per person, no duplicate invitation, and a manager cannot leave the shop without
 * a manager by removing or demoting themself.
 */
public final class Team {
    private final String shopSlug;
    private final Map<String, TeamMember> members;

    private Team(String shopSlug, Map<String, TeamMember> members) {
        this.shopSlug = shopSlug;
        this.members = members;
    }

    /** Builds the team from the members of each role group. */
    public static Team of(String shopSlug, Map<TeamRole, List<DirectoryUser>> membersByRole) {
        Map<String, DirectoryUser> users = new LinkedHashMap<>();
        Map<String, Set<TeamRole>> roles = new LinkedHashMap<>();
        membersByRole.forEach((role, list) -> list.forEach(user -> {
            users.putIfAbsent(user.id(), user);
            roles.computeIfAbsent(user.id(), id -> EnumSet.noneOf(TeamRole.class)).add(role);
        }));
        Map<String, TeamMember> members = new LinkedHashMap<>();
        users.forEach((id, user) -> members.put(id, new TeamMember(user, roles.get(id))));
        return new Team(shopSlug, members);
    }

    /** Members ordered by family name, given name, then e-mail. */
    public List<TeamMember> members() {
        Comparator<String> text = Comparator.nullsLast(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT)));
        return members.values().stream()
                .sorted(Comparator.comparing((TeamMember m) -> m.user().lastName(), text)
                        .thenComparing(m -> m.user().firstName(), text)
                        .thenComparing(m -> m.user().email(), text))
                .toList();
    }

    public Optional<TeamMember> find(String userId) {
        return Optional.ofNullable(members.get(userId));
    }

    /** @throws NotFoundException when the person has no role here (also for people of other shops) */
    public TeamMember require(String userId) {
        return find(userId).orElseThrow(() -> new NotFoundException("problem.team.not-member", userId, shopSlug));
    }

    /** @throws TeamConflictException when the person already has a role here */
    public void requireNotMember(DirectoryUser user) {
        if (members.containsKey(user.id())) {
            throw new TeamConflictException("problem.team.already-member", user.email(), shopSlug,
                    members.get(user.id()).role().name());
        }
    }

    /**
     * Checks that an account that already exists may be given a role here: not a member yet, and its
     * address verified. An unverified account may have been created by another shop's invitation
     * that nobody answered, and whoever set it up might know its password: adding it here would hand
     * this shop to them (cross-shop takeover), so it waits until its owner accepts that invitation.
     *
     * @throws TeamConflictException when either does not hold
     */
    public void requireAdmissible(DirectoryUser existing) {
        requireNotMember(existing);
        if (!existing.emailVerified()) {
            throw new TeamConflictException("problem.team.unverified-account", existing.email(), shopSlug);
        }
    }

    /**
     * Checks that {@code member} may lose the manager role (demotion, {@code newRole} not manager,
     * or removal, {@code newRole} null). The last manager may not do it to themself; an agency admin
     * may, since the agency keeps running the shop.
     */
    public void checkLeavesManagers(TeamMember member, TeamRole newRole, String actorUserId) {
        boolean losesManager = member.isManager() && newRole != TeamRole.MANAGER;
        long managers = members.values().stream().filter(TeamMember::isManager).count();
        if (losesManager && managers <= 1 && Objects.equals(member.user().id(), actorUserId)) {
            throw new TeamConflictException("problem.team.last-manager", shopSlug);
        }
    }

    public String shopSlug() {
        return shopSlug;
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }
}
