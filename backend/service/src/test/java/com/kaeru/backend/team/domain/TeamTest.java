package com.kaeru.backend.team.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.kaeru.backend.platform.errors.NotFoundException;
import org.junit.jupiter.api.Test;

class TeamTest {
    private static final DirectoryUser KEN = new DirectoryUser("u-ken", "ken", "ken@example.jp", "健", "鈴木", true, "ja");
    private static final DirectoryUser HANAKO = new DirectoryUser("u-hanako", "hanako", "hanako@example.jp", "花子", "佐藤", true, "ja");
    private static final DirectoryUser MISAKI = new DirectoryUser("u-misaki", "misaki", "misaki@example.jp", "美咲", "高橋", true, "ja");

    private static Team team(Map<TeamRole, List<DirectoryUser>> members) {
        return Team.of("sakura-apparel", members);
    }

    @Test
    void listsEachPersonOnceWithTheHighestRoleOrderedByFamilyName() {
        Team team = team(Map.of(TeamRole.OPERATOR, List.of(HANAKO, KEN), TeamRole.MANAGER, List.of(KEN),
                TeamRole.ANALYST, List.of(MISAKI)));

        assertThat(team.members()).extracting(m -> m.user().username()).containsExactly("hanako", "ken", "misaki");
        assertThat(team.require("u-ken").role()).isEqualTo(TeamRole.MANAGER);
        assertThat(team.require("u-ken").roles()).containsExactlyInAnyOrder(TeamRole.OPERATOR, TeamRole.MANAGER);
    }

    @Test
    void somebodyOutsideTheShopIsNotFound() {
        Team team = team(Map.of(TeamRole.OPERATOR, List.of(HANAKO)));

        assertThatThrownBy(() -> team.require("u-ken")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void invitingSomebodyWhoAlreadyHasARoleIsAConflict() {
        Team team = team(Map.of(TeamRole.ANALYST, List.of(MISAKI)));

        assertThatThrownBy(() -> team.requireNotMember(MISAKI)).isInstanceOf(TeamConflictException.class)
                .satisfies(e -> assertThat(((TeamConflictException) e).status()).isEqualTo(409));
        assertThatCode(() -> team.requireNotMember(KEN)).doesNotThrowAnyException();
    }

    @Test
    void anExistingAccountIsAdmittedOnlyWithAVerifiedAddress() {
        Team team = team(Map.of(TeamRole.ANALYST, List.of(MISAKI)));
        DirectoryUser unverified = new DirectoryUser("u-new", "new@example.jp", "new@example.jp", null, null, false, null);

        assertThatThrownBy(() -> team.requireAdmissible(unverified)).isInstanceOf(TeamConflictException.class)
                .satisfies(e -> assertThat(((TeamConflictException) e).messageKey())
                        .isEqualTo("problem.team.unverified-account"));
        assertThatThrownBy(() -> team.requireAdmissible(MISAKI))
                .satisfies(e -> assertThat(((TeamConflictException) e).messageKey()).isEqualTo("problem.team.already-member"));
        assertThatCode(() -> team.requireAdmissible(KEN)).doesNotThrowAnyException();
    }

    @Test
    void theLastManagerCannotDemoteOrRemoveThemself() {
        Team team = team(Map.of(TeamRole.MANAGER, List.of(KEN), TeamRole.OPERATOR, List.of(HANAKO)));
        TeamMember ken = team.require("u-ken");

        assertThatThrownBy(() -> team.checkLeavesManagers(ken, TeamRole.OPERATOR, "u-ken"))
                .isInstanceOf(TeamConflictException.class);
        assertThatThrownBy(() -> team.checkLeavesManagers(ken, null, "u-ken"))
                .isInstanceOf(TeamConflictException.class);
        assertThatCode(() -> team.checkLeavesManagers(ken, TeamRole.MANAGER, "u-ken")).doesNotThrowAnyException();
    }

    @Test
    void anAgencyAdminMayStillReplaceTheLastManager() {
        Team team = team(Map.of(TeamRole.MANAGER, List.of(KEN)));

        assertThatCode(() -> team.checkLeavesManagers(team.require("u-ken"), null, "u-agency-admin"))
                .doesNotThrowAnyException();
    }

    @Test
    void aManagerMayStepDownWhenAnotherManagerRemains() {
        Team team = team(Map.of(TeamRole.MANAGER, List.of(KEN, MISAKI)));

        assertThatCode(() -> team.checkLeavesManagers(team.require("u-ken"), TeamRole.ANALYST, "u-ken"))
                .doesNotThrowAnyException();
    }

    @Test
    void agencyAdminIsNoRoleAShopCanGrant() {
        assertThat(TeamRole.parse("AGENCY_ADMIN")).isEmpty();
        assertThat(TeamRole.parse("manager")).contains(TeamRole.MANAGER);
        assertThat(TeamRole.MANAGER.groupPath("kumo-zakka")).isEqualTo("/shops/kumo-zakka/manager");
    }
}
