package com.kaeru.api.returns;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Grades of units of one line, one letter per unit: A (restock), B (outlet), C (dispose). */
public final class GradeSubmission {
    @NotEmpty
    @Size(max = 1000)
    public List<@Pattern(regexp = "[ABC]", message = "{kaeru.grade.pattern}") String> grades;

    public GradeSubmission() {
    }

    public GradeSubmission(List<String> grades) {
        this.grades = grades;
    }
}
