/**
 * Team and agency use cases. Each opens the shop through {@code ShopAccess} (MANAGE_TEAM) or checks
 * agency administration, then calls the directory. Keycloak calls happen inside the database
 * transaction that writes the audit entry: a refused or failed Keycloak call rolls the audit back;
 * a memberships change is never recorded without having happened.
 */
package com.kaeru.backend.team.application;
