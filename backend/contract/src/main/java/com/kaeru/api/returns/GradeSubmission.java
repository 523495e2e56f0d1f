package com.kaeru.api.returns;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Grades of units of one line, one per unit: A (restock), B (outlet), C (dispose), MISSING (not in the parcel: nothing refunded). */
public final class GradeSubmission {
    @NotEmpty
    @Size(max = 1000)
    public List<@Pattern(regexp = "A|B|C|MISSING", message = "{kaeru.grade.pattern}") String> grades;

    public GradeSubmission() {
    }

    public GradeSubmission(List<String> grades) {
        this.grades = grades;
    }
}
