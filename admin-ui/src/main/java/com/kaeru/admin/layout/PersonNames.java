package com.kaeru.admin.layout;

import java.util.Locale;

import com.kaeru.api.me.MeDto;

/** A person's name in the order the language expects: 佐藤 花子 in Japanese, Hanako Sato in English. */
public final class PersonNames {
    private PersonNames() {
    }

    public static String format(MeDto me, Locale locale) {
        if (me.givenName() == null || me.familyName() == null) {
            return me.displayName() != null ? me.displayName() : me.username();
        }
        return "ja".equals(locale.getLanguage())
                ? me.familyName() + " " + me.givenName()
                : me.givenName() + " " + me.familyName();
    }
}
