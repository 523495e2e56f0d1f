package com.kaeru.admin.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.kaeru.api.me.MeDto;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
    private static MeDto me(String given, String family) {
        return new MeDto("sakura-operator", "display", given, family, null, List.of(), List.of(), java.util.Map.of());
    }

    @Test
    void japaneseShowsFamilyNameFirst() {
        assertThat(PersonNames.format(me("花子", "佐藤"), Locale.JAPANESE)).isEqualTo("佐藤 花子");
    }

    @Test
    void englishShowsGivenNameFirst() {
        assertThat(PersonNames.format(me("Hanako", "Sato"), Locale.ENGLISH)).isEqualTo("Hanako Sato");
    }

    @Test
    void incompleteNamesFallBackToTheDisplayName() {
        assertThat(PersonNames.format(me(null, "佐藤"), Locale.JAPANESE)).isEqualTo("display");
    }
}
