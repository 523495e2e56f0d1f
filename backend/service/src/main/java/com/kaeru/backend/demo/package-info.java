/**
 * Demo data for the run command ({@code kaeru.demo-data.enabled=true}): agency
 * {@code demo-agency} with shops {@code sakura-apparel} and {@code kumo-zakka}, and the
 * independent shop {@code umi-outdoor}; in sakura-apparel exchanges in their fulfilment states
 * ({@link com.kaeru.backend.demo.DemoFulfilments}). Idempotent: existing rows are left as they are, so a
 * restart keeps whatever was changed through the UI. Demo users live in the Keycloak realm
 * ({@code deploy/keycloak/kaeru-realm-dev.json}).
 */
package com.kaeru.backend.demo;
