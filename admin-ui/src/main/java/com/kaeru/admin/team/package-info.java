/**
 * The team screen (people of a shop and their roles) and the agency screen (client shops, open a
 * shop). Only rendering and wiring: the backend decides, Keycloak keeps the memberships.
 */
package com.kaeru.admin.team;
