package com.kaeru.api.team;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Invite a person to a shop. An existing Keycloak user with this e-mail is reused (their name is
 * kept); otherwise a user is created and asked by e-mail to set a password.
 * <p>
 * A class, not a record: see {@code BrandingUpdate} (Payara OpenAPI and bean validation).
 */
public final class InvitationRequest {
    @NotBlank
    @Email
    @Size(max = 254)
    public String email;

    @Size(max = 80)
    public String firstName;

    @Size(max = 80)
    public String lastName;

    /** {@code OPERATOR}, {@code ANALYST} or {@code MANAGER}. */
    @NotBlank
    @Pattern(regexp = "OPERATOR|ANALYST|MANAGER", message = "{kaeru.team.role.pattern}")
    public String role;

    public InvitationRequest() {
    }

    public InvitationRequest(String email, String firstName, String lastName, String role) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
    }
}
