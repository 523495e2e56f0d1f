package com.kaeru.admin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AdminBundlesTest {

    @Test
    void bundlesHaveTheSameKeysInBothLanguages() throws Exception {
        assertThat(keys("/i18n/admin_ja.properties")).isEqualTo(keys("/i18n/admin.properties"));
    }

    @Test
    void everyRoleAndPermissionHasALabel() throws Exception {
        Set<Object> keys = keys("/i18n/admin.properties");
        for (String role : new String[] {"OPERATOR", "ANALYST", "MANAGER", "AGENCY_ADMIN"}) {
            assertThat(keys).contains("admin.role." + role);
        }
        for (String permission : new String[] {"VIEW_SHOP", "PROCESS_RETURNS", "VIEW_REPORTS", "APPROVE_REFUNDS",
                "MANAGE_SETTINGS", "MANAGE_TEAM", "IMPORT_DATA", "ADJUST_STOCK", "ISSUE_COUPONS",
                "MANAGE_SUPPLY"}) {
            assertThat(keys).contains("admin.permission." + permission);
        }
    }

    @Test
    void providerFallsBackToEnglishForOtherLanguages() {
        AdminI18NProvider provider = new AdminI18NProvider();
        assertThat(provider.getTranslation("admin.logout", Locale.FRENCH)).isEqualTo("Log out");
        assertThat(provider.getTranslation("admin.logout", Locale.forLanguageTag("ja-JP"))).isEqualTo("ログアウト");
    }

    private static Set<Object> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (var in = AdminBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
