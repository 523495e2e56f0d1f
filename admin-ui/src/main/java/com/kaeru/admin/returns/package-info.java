/**
 * Daily work on returns: the queue (filters in the URL, bulk decisions, CSV export), one
 * return's detail with its actions, and the receiving station for the warehouse bench.
 */
package com.kaeru.admin.returns;
