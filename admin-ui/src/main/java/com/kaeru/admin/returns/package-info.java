/**
 * Daily work on returns: the shop's queue (filters in the URL, bulk decisions, CSV export), the
 * agency's queue across its shops, and one return's detail with its actions. Views are thin and wire
 * components that talk through typed {@code ComponentEvent}s, never by reaching into each other:
 * <ul>
 *   <li>queue: {@code ReturnsFilterBar} (fires the changed query), {@code ReturnsGrid} (rows, keyboard
 *       cursor, selection) and {@code ReturnsBulkActions} (decisions with progress, export);</li>
 *   <li>detail: {@code ReturnFactsPanel}, {@code ReturnActionsBar} (fires a move), {@code ConversationPanel},
 *       {@code ReturnLinesPanel} (fires a grade), {@code ReturnRefundsPanel} (fires a refund decision),
 *       {@code InternalNotesPanel} (fires a note) and {@code ReturnTimelinePanel}; {@code ReturnMoves}
 *       decides what a return allows the person and turns a move into its backend call;</li>
 *   <li>{@code RejectDialog} (fires the rejection's message) serves the detail and the bulk bar alike.</li>
 * </ul>
 */
package com.kaeru.admin.returns;
