/** Use cases on endpoints (managers), the fan-out in the event's transaction (and the draining event consumer), and the sender with its timer and worker pool. */
package com.kaeru.backend.webhooks.application;
