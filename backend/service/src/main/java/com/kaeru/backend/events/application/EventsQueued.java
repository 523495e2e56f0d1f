package com.kaeru.backend.events.application;

import java.util.List;

/**
 * Fired (CDI) when a transaction queued events for these consumers of a shop; observed after the
 * commit by {@link EventPump}, so a new event is delivered moments later instead of on the next tick.
 */
public record EventsQueued(long shopId, List<String> consumers) {
}
