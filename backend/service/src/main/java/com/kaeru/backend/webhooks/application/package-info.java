/** Use cases on endpoints (managers), the event consumer's fan-out and the sender with its timer and worker pool. */
package com.kaeru.backend.webhooks.application;
