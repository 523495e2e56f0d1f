/**
 * The rules without I/O: event type mapping, signing, secrets, the retry schedule, which URLs and
 * addresses may be called, and the ports to the database, the network and the resolver.
 */
package com.kaeru.backend.webhooks.domain;
