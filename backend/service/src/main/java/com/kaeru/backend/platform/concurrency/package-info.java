/**
 * Background work shop by shop: {@link com.kaeru.backend.platform.concurrency.CoalescingLane} runs a
 * loop (an event consumer's deliveries, webhook claims, the refund worker) for the shops a commit
 * woke and the shops a tick found with due rows, one pass at a time, wake-ups coalesced, none lost.
 */
package com.kaeru.backend.platform.concurrency;
