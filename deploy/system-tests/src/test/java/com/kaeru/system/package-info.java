/**
 * End-to-end tests of the whole system started exactly as {@code ./deploy/run.sh} starts it
 * (the same launcher code), on test ports 18080 (Payara), 18180 (Keycloak) and a free port for
 * PostgreSQL. Browser tests drive Debian's headless Chromium with Playwright and save
 * screenshots under {@code target/screenshots}.
 */
package com.kaeru.system;
