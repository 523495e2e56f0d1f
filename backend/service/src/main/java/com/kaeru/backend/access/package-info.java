/**
 * Access: who is calling and what they may do in which shop.
 * <p>
 * Keycloak is the single source of identity. A person's memberships travel in the access
 * token's {@code kaeru_groups} claim as Keycloak group paths:
 * {@code /shops/{shop}/{operator|analyst|manager}} for a role in one shop and
 * {@code /agencies/{agency}/admins} for an agency admin, who covers every shop of the agency.
 * {@link com.kaeru.backend.access.application.ShopAccess} is the one door every shop-scoped use
 * case goes through: it checks the permission (of a person, or of a shop's API key) and binds the
 * transaction to that shop.
 * <p>
 * Access sits just above {@code tenancy} (its door returns a tenancy {@code Shop}) and knows no
 * other capability: issuing API keys is {@code integration}'s, reading the audit trail {@code audit}'s.
 */
package com.kaeru.backend.access;
