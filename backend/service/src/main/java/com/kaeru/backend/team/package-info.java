/**
 * Team: the people of a shop and their per-shop roles, and an agency's client shops (opened through
 * {@code shops}, seeded with {@code reasons}' default tree).
 * <p>
 * Keycloak stays the single source of identity: a role is a membership of the group
 * {@code /shops/{shop}/{operator|analyst|manager}}, read and changed through Keycloak's Admin REST
 * API with a service account ({@code kaeru-backend}). Kaeru's database keeps no copy of the team,
 * only the audit trail of who invited, changed or removed whom.
 */
package com.kaeru.backend.team;
