package com.kaeru.backend.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MembershipsTest {

    @Test
    void parsesShopRolesFromGroupPaths() {
        Memberships m = Memberships.fromGroupPaths(List.of("/shops/sakura-apparel/operator", "/shops/kumo-zakka/manager"));

        assertThat(m.rolesIn("sakura-apparel", "demo-agency")).containsExactly(ShopRole.OPERATOR);
        assertThat(m.rolesIn("kumo-zakka", "demo-agency")).containsExactly(ShopRole.MANAGER);
        assertThat(m.rolesIn("umi-outdoor", null)).isEmpty();
        assertThat(m.directShops()).containsExactlyInAnyOrder("sakura-apparel", "kumo-zakka");
    }

    @Test
    void mixedRolePersonIsOperatorInOneShopAndManagerInTheOther() {
        Memberships m = Memberships.fromGroupPaths(List.of("/shops/sakura-apparel/operator", "/shops/kumo-zakka/manager"));

        assertThat(m.allows("sakura-apparel", "demo-agency", Permission.PROCESS_RETURNS)).isTrue();
        assertThat(m.allows("sakura-apparel", "demo-agency", Permission.MANAGE_SETTINGS)).isFalse();
        assertThat(m.allows("kumo-zakka", "demo-agency", Permission.MANAGE_SETTINGS)).isTrue();
    }

    @Test
    void agencyAdminCoversEveryShopOfTheAgencyAndNoOther() {
        Memberships m = Memberships.fromGroupPaths(List.of("/agencies/demo-agency/admins"));

        assertThat(m.rolesIn("sakura-apparel", "demo-agency")).containsExactly(ShopRole.AGENCY_ADMIN);
        assertThat(m.rolesIn("kumo-zakka", "demo-agency")).containsExactly(ShopRole.AGENCY_ADMIN);
        assertThat(m.rolesIn("umi-outdoor", null)).isEmpty();
        assertThat(m.rolesIn("other-shop", "other-agency")).isEmpty();
        assertThat(m.administeredAgencies()).containsExactly("demo-agency");
    }

    @Test
    void analystMayReadReportsButNotProcessReturns() {
        Memberships m = Memberships.fromGroupPaths(List.of("/shops/sakura-apparel/analyst"));

        assertThat(m.allows("sakura-apparel", null, Permission.VIEW_REPORTS)).isTrue();
        assertThat(m.allows("sakura-apparel", null, Permission.PROCESS_RETURNS)).isFalse();
    }

    @Test
    void strayOrMalformedGroupsGrantNothing() {
        Memberships m = Memberships.fromGroupPaths(java.util.Arrays.asList(
                "/shops/sakura-apparel", "/shops/sakura-apparel/owner", "/shops//manager", "shops/x/manager",
                "/shops/a/manager/extra", "/agencies/demo-agency/members", "/other/x/manager", null));

        assertThat(m.directShops()).isEmpty();
        assertThat(m.administeredAgencies()).isEmpty();
    }

    @Test
    void managerHoldsEveryPermission() {
        assertThat(ShopRole.MANAGER.permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(ShopRole.OPERATOR.grants(Permission.APPROVE_REFUNDS)).isFalse();
    }
}
