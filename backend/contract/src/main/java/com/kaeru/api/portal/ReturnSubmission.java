package com.kaeru.api.portal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A return request as the customer submits it. */
public final class ReturnSubmission {
    @Pattern(regexp = "PREPAID_LABEL|PICKUP|DROP_OFF")
    public String returnMethod = "PREPAID_LABEL";
    @NotEmpty
    @Size(max = 100)
    @Valid
    public List<ReturnLineSubmission> lines;

    public ReturnSubmission() {
    }

    public ReturnSubmission(String returnMethod, List<ReturnLineSubmission> lines) {
        this.returnMethod = returnMethod;
        this.lines = lines;
    }
}
