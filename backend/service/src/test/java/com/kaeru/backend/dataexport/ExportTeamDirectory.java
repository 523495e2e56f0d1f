package com.kaeru.backend.dataexport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.kaeru.backend.team.domain.DirectoryUser;
import com.kaeru.backend.team.domain.TeamDirectory;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * The team directory of {@link ShopDataExportIT}'s deployment (Keycloak does not run in backend ITs), in memory.
 * The exported shop has a verified manager and operator, an analyst whose account nobody verified yet, and an
 * operator whose account was deleted from the directory after the export (listed in the group, found by no
 * e-mail), so an import meets each case: role given back, skipped, invited anew.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ExportTeamDirectory implements TeamDirectory {
    static final String MANAGER = "hanako.manager@kumo.example";
    static final String OPERATOR = "ken.operator@kumo.example";
    static final String UNVERIFIED = "pending.analyst@kumo.example";
    static final String DELETED = "gone.operator@kumo.example";

    private final Map<String, DirectoryUser> users = new ConcurrentHashMap<>();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final Map<String, CopyOnWriteArrayList<String>> groups = new ConcurrentHashMap<>();

    public ExportTeamDirectory() {
        String shop = "/shops/kumo-zakka/";
        add("u-hanako", MANAGER, true, shop + "manager");
        add("u-ken", OPERATOR, true, shop + "operator");
        add("u-pending", UNVERIFIED, false, shop + "analyst");
        add("u-gone", DELETED, true, shop + "operator");
        deleted.add("u-gone");
    }

    private void add(String id, String email, boolean verified, String group) {
        users.put(id, new DirectoryUser(id, email, email, null, null, verified, "ja"));
        join(id, group);
    }

    @Override
    public List<DirectoryUser> members(String groupPath) {
        return groups.getOrDefault(groupPath, new CopyOnWriteArrayList<>()).stream().map(users::get).toList();
    }

    @Override
    public Optional<DirectoryUser> findByEmail(String email) {
        return users.values().stream().filter(u -> !deleted.contains(u.id()) && u.email().equalsIgnoreCase(email))
                .findFirst();
    }

    @Override
    public DirectoryUser create(String email, String firstName, String lastName, String language) {
        DirectoryUser user = new DirectoryUser(UUID.randomUUID().toString(), email, email, firstName, lastName, false,
                language);
        users.put(user.id(), user);
        return user;
    }

    @Override
    public void ensureShopGroups(String shopSlug) {
        // groups come into being on join
    }

    @Override
    public void join(String userId, String groupPath) {
        groups.computeIfAbsent(groupPath, p -> new CopyOnWriteArrayList<>()).addIfAbsent(userId);
    }

    @Override
    public void leave(String userId, String groupPath) {
        groups.getOrDefault(groupPath, new CopyOnWriteArrayList<>()).remove(userId);
    }

    @Override
    public boolean sendInvitation(String userId) {
        return true;
    }

    @Override
    public void delete(String userId) {
        users.remove(userId);
    }
}
