package com.kaeru.api.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The new role of a person in the shop (a class for the same reason as {@link InvitationRequest}). */
public final class RoleChange {
    /** {@code OPERATOR}, {@code ANALYST} or {@code MANAGER}; agency admin is never granted from a shop. */
    @NotBlank
    @Pattern(regexp = "OPERATOR|ANALYST|MANAGER", message = "{kaeru.team.role.pattern}")
    public String role;

    public RoleChange() {
    }

    public RoleChange(String role) {
        this.role = role;
    }
}
