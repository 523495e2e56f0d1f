package com.kaeru.admin.team;

import java.util.List;
import java.util.Locale;

import com.kaeru.api.team.TeamMemberDto;

/** Names and roles of team members as the console shows them. */
final class TeamNames {
    /** Roles a shop can grant, lowest first. */
    static final List<String> ROLES = List.of("OPERATOR", "ANALYST", "MANAGER");

    private TeamNames() {
    }

    /** 佐藤 花子 in Japanese, Hanako Sato in English; the e-mail when the person has no name yet. */
    static String name(TeamMemberDto member, Locale locale) {
        String first = member.firstName();
        String last = member.lastName();
        if (first == null && last == null) {
            return member.email() != null ? member.email() : member.username();
        }
        if (first == null || last == null) {
            return first != null ? first : last;
        }
        return "ja".equals(locale.getLanguage()) ? last + " " + first : first + " " + last;
    }
}
