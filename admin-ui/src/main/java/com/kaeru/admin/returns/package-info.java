/**
 * Daily work on returns: the shop's queue (filters in the URL, bulk decisions, CSV export), the
 * agency's queue across its shops, and one return's detail with its actions. The shop's queue is a
 * view wiring components that talk through typed events: {@code ReturnsFilterBar} (the query),
 * {@code ReturnsGrid} (rows, keyboard cursor, selection) and {@code ReturnsBulkActions} (decisions, export).
 */
package com.kaeru.admin.returns;
