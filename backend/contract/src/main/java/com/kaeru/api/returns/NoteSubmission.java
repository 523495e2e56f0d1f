package com.kaeru.api.returns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new internal note. */
public final class NoteSubmission {
    public static final int MAX_LENGTH = 2000;

    @NotBlank
    @Size(max = MAX_LENGTH)
    public String text;

    public NoteSubmission() {
    }

    public NoteSubmission(String text) {
        this.text = text;
    }
}
