package com.kaeru.backend.team.domain;

import java.util.List;
import java.util.Optional;

/**
 * The identity provider seen as a directory of people and group memberships (Keycloak in
 * production). Failures surface as {@link DirectoryUnavailableException}.
 */
public interface TeamDirectory {

    /** Members of a group given by path; empty when the group does not exist. */
    List<DirectoryUser> members(String groupPath);

    Optional<DirectoryUser> findByEmail(String email);

    /**
     * Creates an enabled user with this e-mail as username.
     *
     * @param language the language of the user's e-mails and login pages ({@code ja} or {@code en})
     * @return the new user
     */
    DirectoryUser create(String email, String firstName, String lastName, String language);

    /** Creates {@code /shops/{shop}} and its three role groups where missing. */
    void ensureShopGroups(String shopSlug);

    void join(String userId, String groupPath);

    void leave(String userId, String groupPath);

    /**
     * Sends the "set your password" e-mail; following its link also verifies the address. False when
     * the identity provider could not send it.
     */
    boolean sendInvitation(String userId);

    /** Deletes a user this request created and could not invite (nobody else knows of it yet). */
    void delete(String userId);
}
