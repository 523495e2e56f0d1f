package com.kaeru.backend.team.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.kaeru.api.team.InvitationDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.StaffNotices;
import com.kaeru.backend.platform.errors.KaeruException;
import com.kaeru.backend.team.domain.DirectoryUser;
import com.kaeru.backend.team.domain.InvitationNotSentException;
import com.kaeru.backend.team.domain.TeamConflictException;
import com.kaeru.backend.team.domain.TeamDirectory;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopSlug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invitation rules of issue 8 item 5 without Keycloak (TeamSystemIT proves them against the
 * real one): an unverified account is never added to a second shop, no password is ever handed out,
 * and a person with an account is told by e-mail that a shop gave them a role.
 */
class TeamServiceInviteTest {
    private final FakeDirectory directory = new FakeDirectory();
    private final List<Map<String, Object>> published = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private TeamService service;

    @BeforeEach
    void wire() throws Exception {
        Shop shopB = new Shop(new ShopSlug("shop-b"), "ショップB", null, "ja", ZoneId.of("Asia/Tokyo"),
                Currency.getInstance("JPY"));
        var id = Shop.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(shopB, 2L);
        service = new TeamService();
        service.directory = directory;
        service.access = new ShopAccess() {
            @Override
            public Shop enter(String shopSlug, Permission permission) {
                assertThat(permission).isEqualTo(Permission.MANAGE_TEAM);
                return shopB;
            }
        };
        service.caller = new Caller() {
            @Override
            public String username() {
                return "b-manager";
            }

            @Override
            public String subject() {
                return "u-b-manager";
            }

            @Override
            public Optional<String> email() {
                return Optional.of("b-manager@shop-b.example");
            }

            @Override
            public Optional<String> displayName() {
                return Optional.of("Bの店長");
            }
        };
        service.audit = new AuditTrail() {
            @Override
            public void record(long shopId, String entityType, String entityRef, String action, String from, String to,
                               String actor, String detail, Instant at) {
                audited.add(action + " " + entityRef);
            }
        };
        service.notices = new StaffNotices() {
            @Override
            public void memberAdded(long shopId, String userId, String email, String language, String role,
                                    String invitedBy, Instant now) {
                assertThat(shopId).isEqualTo(2L);
                published.add(Map.of("email", email, "language", language, "role", role, "invitedBy", invitedBy));
            }
        };
    }

    @Test
    void anAccountAnotherShopCreatedAndNobodyVerifiedIsNotAddedToThisShop() {
        // Shop A's manager invited the address: the account exists, its owner never followed the link.
        directory.users.put("victim@example.jp", new DirectoryUser("u-victim", "victim@example.jp", "victim@example.jp",
                null, null, false, "ja"));

        assertThatThrownBy(() -> service.invite("shop-b", "victim@example.jp", null, null, "MANAGER"))
                .isInstanceOf(TeamConflictException.class)
                .satisfies(e -> assertThat(((KaeruException) e).status()).isEqualTo(409))
                .satisfies(e -> assertThat(((KaeruException) e).messageKey()).isEqualTo("problem.team.unverified-account"));
        assertThat(directory.joined).isEmpty();
        assertThat(published).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void aVerifiedAccountIsAddedAndItsOwnerToldByEmailWhoGaveWhichRole() {
        directory.users.put("ken@example.jp", new DirectoryUser("u-ken", "ken", "ken@example.jp", "健", "鈴木", true, "en"));

        InvitationDto result = service.invite("shop-b", " ken@example.jp ", null, null, "ANALYST");

        assertThat(result.created()).isFalse();
        assertThat(directory.joined).containsExactly("u-ken /shops/shop-b/analyst");
        assertThat(published).singleElement().satisfies(p -> assertThat(p).containsEntry("email", "ken@example.jp")
                .containsEntry("language", "en").containsEntry("role", "ANALYST")
                .containsEntry("invitedBy", "Bの店長 <b-manager@shop-b.example>"));
        assertThat(audited).containsExactly("TEAM_INVITED ken");
    }

    @Test
    void aNewPersonGetsKeycloaksInvitationAndNoPasswordExistsAnywhere() {
        InvitationDto result = service.invite("shop-b", "new@example.jp", "太郎", "山田", "OPERATOR");

        assertThat(result.created()).isTrue();
        assertThat(result.emailSent()).isTrue();
        assertThat(InvitationDto.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("member", "created", "emailSent");
        assertThat(directory.invited).containsExactly(directory.users.get("new@example.jp").id());
        assertThat(directory.users.get("new@example.jp").emailVerified()).isFalse();
        assertThat(published).isEmpty();
    }

    @Test
    void whenTheInvitationCannotBeSentTheNewAccountIsDeletedAndTheInviteRefused() {
        directory.mailWorks = false;

        assertThatThrownBy(() -> service.invite("shop-b", "nomail@example.jp", null, null, "MANAGER"))
                .isInstanceOf(InvitationNotSentException.class)
                .satisfies(e -> assertThat(((KaeruException) e).status()).isEqualTo(503));
        assertThat(directory.users).doesNotContainKey("nomail@example.jp");
        assertThat(directory.deleted).hasSize(1);
        assertThat(audited).isEmpty();
    }

    /** Users and memberships in memory, as Keycloak would hold them. */
    static final class FakeDirectory implements TeamDirectory {
        final Map<String, DirectoryUser> users = new LinkedHashMap<>();
        final List<String> joined = new ArrayList<>();
        final List<String> invited = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        boolean mailWorks = true;
        private int next = 1;

        @Override
        public List<DirectoryUser> members(String groupPath) {
            return joined.stream().filter(j -> j.endsWith(" " + groupPath)).map(j -> j.substring(0, j.indexOf(' ')))
                    .flatMap(id -> users.values().stream().filter(u -> u.id().equals(id))).toList();
        }

        @Override
        public Optional<DirectoryUser> findByEmail(String email) {
            return Optional.ofNullable(users.get(email));
        }

        @Override
        public DirectoryUser create(String email, String firstName, String lastName, String language) {
            DirectoryUser user = new DirectoryUser("u-new-" + next++, email, email, firstName, lastName, false, language);
            users.put(email, user);
            return user;
        }

        @Override
        public void ensureShopGroups(String shopSlug) {
        }

        @Override
        public void join(String userId, String groupPath) {
            joined.add(userId + " " + groupPath);
        }

        @Override
        public void leave(String userId, String groupPath) {
            joined.remove(userId + " " + groupPath);
        }

        @Override
        public boolean sendInvitation(String userId) {
            if (mailWorks) {
                invited.add(userId);
            }
            return mailWorks;
        }

        @Override
        public void delete(String userId) {
            deleted.add(userId);
            users.values().removeIf(u -> u.id().equals(userId));
            joined.removeIf(j -> j.startsWith(userId + " "));
        }
    }
}
