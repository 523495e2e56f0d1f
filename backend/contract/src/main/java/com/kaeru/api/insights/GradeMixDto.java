package com.kaeru.api.insights;

/**
 * Grades given to units inspected in the period.
 *
 * @param valueDisposed order value of the grade C units, minor units
 */
public record GradeMixDto(long gradeA, long gradeB, long gradeC, long missing, long valueDisposed) {
}
