package com.kaeru.backend.team.infrastructure;

import java.util.List;
import java.util.Map;

/**
 * The parts of Keycloak's JSON representations Kaeru reads and writes (public fields: JSON-B binds
 * them without accessors, unknown properties are ignored).
 */
public final class KeycloakRepresentations {
    private KeycloakRepresentations() {
    }

    public static class Token {
        public String access_token;
        public long expires_in;
    }

    public static class Group {
        public String id;
        public String name;
        public String path;

        public Group() {
        }

        public Group(String name) {
            this.name = name;
        }
    }

    public static class User {
        public String id;
        public String username;
        public String email;
        public String firstName;
        public String lastName;
        public Boolean enabled;
        public Boolean emailVerified;
        public List<String> requiredActions;
        public Map<String, List<String>> attributes;
    }
}
