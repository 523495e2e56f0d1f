/**
 * Where a customer's return stands: the page ({@code ReturnStatusView}: the confirmation after submission,
 * the label) and its panels: the milestones ({@code StatusTimeline}), what each line becomes
 * ({@code StatusLines}), the shop's question and the answer ({@code QuestionBox}), and cancelling
 * ({@code StatusActions}).
 */
package com.kaeru.portal.status;
