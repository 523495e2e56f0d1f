package com.kaeru.api.returns;

import com.kaeru.api.vocabulary.Grade;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Grades of units of one line, one per unit: A (restock), B (outlet), C (dispose), MISSING (not in the parcel: nothing refunded). */
public final class GradeSubmission {
    @NotEmpty
    @Size(max = 1000)
    public List<@NotNull Grade> grades;

    public GradeSubmission() {
    }

    public GradeSubmission(List<Grade> grades) {
        this.grades = grades;
    }
}
