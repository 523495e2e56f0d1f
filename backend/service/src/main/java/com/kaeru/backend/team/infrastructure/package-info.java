/**
 * Keycloak's Admin REST API through MicroProfile REST Client (not keycloak-admin-client: it breaks
 * JAX-RS on Payara), with a cached client_credentials token of the {@code kaeru-backend} service
 * account, timeouts and retries of reads.
 */
package com.kaeru.backend.team.infrastructure;
