/**
 * Kaeru's domain events, version 1: the envelope, the type list and one payload record per type.
 * Shared by the backend (which raises them into its outbox) and by consumers such as webhooks and
 * integrators, so the JSON they read is the JSON these records define. See docs/events.md.
 */
package com.kaeru.api.events;
