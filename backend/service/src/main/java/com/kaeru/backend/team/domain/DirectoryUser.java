package com.kaeru.backend.team.domain;

/** A person as the identity provider knows them. */
public record DirectoryUser(String id, String username, String email, String firstName, String lastName) {
}
