/**
 * The team of a shop (people and their per-shop roles) and an agency's client shops. Keycloak
 * stays the only source of identity: these endpoints manage its users and groups for the caller.
 */
package com.kaeru.api.team;
