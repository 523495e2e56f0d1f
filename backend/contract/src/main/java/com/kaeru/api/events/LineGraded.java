package com.kaeru.api.events;

/**
 * Units of one line were graded (A back to sellable stock, B outlet, C disposal).
 * <p>
 * Event type {@code LineGraded}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param lineId the return line
 * @param orderLineId the order line it returns
 * @param grades grades given in this step, one per unit: A, B or C
 * @param gradeA units graded A so far on the line
 * @param gradeB units graded B so far
 * @param gradeC units graded C so far
 * @param lineFullyGraded whether every unit of the line is graded now
 */
public record LineGraded(
        String rma,
        long lineId,
        long orderLineId,
        java.util.List<String> grades,
        int gradeA,
        int gradeB,
        int gradeC,
        boolean lineFullyGraded) implements EventPayload {
}
