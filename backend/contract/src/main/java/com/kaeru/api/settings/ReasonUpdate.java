package com.kaeru.api.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Creates a reason or renames, moves, reorders, deactivates or reactivates one (the code is in the URL). */
public final class ReasonUpdate {
    /** Parent code, or {@code null}/empty for a top-level reason. Reasons nest one level deep. */
    @Pattern(regexp = "^$|[A-Z][A-Z0-9_]{1,39}")
    public String parentCode;
    @NotBlank
    @Size(max = 120)
    public String labelJa;
    @NotBlank
    @Size(max = 120)
    public String labelEn;
    @PositiveOrZero
    public int position;
    public boolean active = true;
    /**
     * The shop caused this return reason (defective, damaged, wrong item): units graded C still
     * refund at once. {@code null} keeps the current value ({@code false} for a new reason).
     */
    public Boolean shopFault;

    public ReasonUpdate() {
    }

    public ReasonUpdate(String parentCode, String labelJa, String labelEn, int position, boolean active) {
        this.parentCode = parentCode;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.position = position;
        this.active = active;
    }
}
