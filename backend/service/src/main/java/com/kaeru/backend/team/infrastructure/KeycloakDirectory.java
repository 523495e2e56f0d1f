package com.kaeru.backend.team.infrastructure;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.team.domain.DirectoryUnavailableException;
import com.kaeru.backend.team.domain.DirectoryUser;
import com.kaeru.backend.team.domain.TeamDirectory;
import com.kaeru.backend.team.domain.TeamRole;
import com.kaeru.backend.team.infrastructure.KeycloakRepresentations.Group;
import com.kaeru.backend.team.infrastructure.KeycloakRepresentations.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * {@link TeamDirectory} on Keycloak's Admin REST API. Reads are retried once when Keycloak cannot
 * be reached (a restart, a dropped connection); writes are not, since a lost answer may hide a
 * change that happened. Every call is bounded in time, so a hanging Keycloak cannot hold a
 * request (and its database connection) for long.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
public class KeycloakDirectory implements TeamDirectory {
    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());
    private static final String SHOPS = "shops";
    /** Invitation links stay valid three days (Keycloak's default is 12 hours). */
    private static final int INVITATION_LIFESPAN_SECONDS = 3 * 24 * 3600;
    private static final int PAGE = 500;

    @Inject
    KeycloakClients clients;

    @Override
    @Retry(maxRetries = 1, delay = 200, retryOn = DirectoryUnavailableException.class)
    public List<DirectoryUser> members(String groupPath) {
        return call("read group " + groupPath, () -> group(groupPath)
                .map(group -> clients.admin().members(clients.realm(), group.id, 0, PAGE, true).stream()
                        .map(KeycloakDirectory::toUser).toList())
                .orElse(List.of()));
    }

    @Override
    @Retry(maxRetries = 1, delay = 200, retryOn = DirectoryUnavailableException.class)
    public Optional<DirectoryUser> findByEmail(String email) {
        return call("find user", () -> clients.admin().usersByEmail(clients.realm(), email, true).stream()
                .filter(u -> email.equalsIgnoreCase(u.email))
                .findFirst().map(KeycloakDirectory::toUser));
    }

    @Override
    public DirectoryUser create(String email, String firstName, String lastName, String language) {
        return call("create user", () -> {
            User user = new User();
            user.username = email.toLowerCase(Locale.ROOT);
            user.email = email;
            user.firstName = firstName;
            user.lastName = lastName;
            user.enabled = true;
            // Only the invitation link, followed from the mailbox, proves the address.
            user.emailVerified = false;
            user.attributes = Map.of("locale", List.of(language));
            try (Response created = clients.admin().createUser(clients.realm(), user)) {
                user.id = lastSegment(created);
            }
            return toUser(user);
        });
    }

    @Override
    public void ensureShopGroups(String shopSlug) {
        call("create groups of " + shopSlug, () -> {
            Group shops = group("/" + SHOPS).orElseGet(() -> createTop(SHOPS));
            Group shop = group("/" + SHOPS + "/" + shopSlug).orElseGet(() -> createChild(shops, shopSlug));
            for (TeamRole role : TeamRole.values()) {
                if (group(role.groupPath(shopSlug)).isEmpty()) {
                    createChild(shop, role.groupName());
                }
            }
            return null;
        });
    }

    @Override
    public void join(String userId, String groupPath) {
        call("join " + groupPath, () -> {
            Group group = group(groupPath).orElseThrow(() -> new IllegalStateException("No group " + groupPath));
            clients.admin().join(clients.realm(), userId, group.id, "{}");
            return null;
        });
    }

    @Override
    public void leave(String userId, String groupPath) {
        call("leave " + groupPath, () -> {
            group(groupPath).ifPresent(group -> clients.admin().leave(clients.realm(), userId, group.id));
            return null;
        });
    }

    @Override
    public boolean sendInvitation(String userId) {
        try {
            clients.admin().executeActionsEmail(clients.realm(), userId, INVITATION_LIFESPAN_SECONDS,
                    List.of("UPDATE_PASSWORD"));
            return true;
        } catch (KeycloakHttpException | ProcessingException e) {
            // Typically no SMTP server configured or reachable from Keycloak: the caller falls back.
            LOG.log(Level.WARNING, "Keycloak could not send the invitation e-mail to user " + userId, e);
            return false;
        }
    }

    @Override
    public void delete(String userId) {
        call("delete user", () -> {
            clients.admin().deleteUser(clients.realm(), userId);
            return null;
        });
    }

    private Optional<Group> group(String path) {
        String[] parts = path.substring(1).split("/");
        try {
            Group group = switch (parts.length) {
                case 1 -> clients.admin().groupTop(clients.realm(), parts[0]);
                case 2 -> clients.admin().groupChild(clients.realm(), parts[0], parts[1]);
                case 3 -> clients.admin().groupLeaf(clients.realm(), parts[0], parts[1], parts[2]);
                default -> throw new IllegalArgumentException("Unsupported group path " + path);
            };
            return Optional.ofNullable(group);
        } catch (KeycloakHttpException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Group createTop(String name) {
        try (Response ignored = clients.admin().createGroup(clients.realm(), new Group(name))) {
            return group("/" + name).orElseThrow();
        } catch (KeycloakHttpException e) {
            return afterConflict(e, "/" + name);
        }
    }

    private Group createChild(Group parent, String name) {
        String path = parent.path + "/" + name;
        try (Response ignored = clients.admin().createChild(clients.realm(), parent.id, new Group(name))) {
            return group(path).orElseThrow();
        } catch (KeycloakHttpException e) {
            return afterConflict(e, path);
        }
    }

    /** Another request created the group first (409): use theirs. */
    private Group afterConflict(KeycloakHttpException e, String path) {
        if (e.status() != 409) {
            throw e;
        }
        return group(path).orElseThrow(() -> e);
    }

    /** Runs a Keycloak call, turning transport and HTTP failures into a readable refusal. */
    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (KeycloakHttpException | ProcessingException e) {
            KeycloakHttpException http = httpCause(e);
            if (http != null && http.status() == 401) {
                clients.forgetToken();
            }
            LOG.log(Level.WARNING, "Keycloak call failed: " + what, e);
            throw new DirectoryUnavailableException(http != null, what);
        }
    }

    private static KeycloakHttpException httpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KeycloakHttpException http) {
                return http;
            }
        }
        return null;
    }

    private static String lastSegment(Response created) {
        String location = created.getLocation() == null ? null : created.getLocation().getPath();
        if (location == null) {
            throw new KeycloakHttpException(created.getStatus(), "no Location header");
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static DirectoryUser toUser(User u) {
        List<String> locale = u.attributes == null ? null : u.attributes.get("locale");
        return new DirectoryUser(u.id, u.username, u.email, u.firstName, u.lastName,
                Boolean.TRUE.equals(u.emailVerified), locale == null || locale.isEmpty() ? null : locale.get(0));
    }
}
