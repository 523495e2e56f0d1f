/**
 * Starts the whole Kaeru system on one machine: embedded PostgreSQL (data kept in a folder),
 * Keycloak from its Maven Central distribution with the {@code kaeru} realm imported, and Payara
 * Micro serving the three WARs. Used by {@code ./deploy/run.sh} and by the system tests, so the
 * tests exercise exactly what developers run.
 */
package com.kaeru.launcher;
