/**
 * The Kaeru backend: a modular monolith with one package per business capability.
 * <ul>
 *   <li>{@code access} — who is calling and what they may do in which shop (roles from Keycloak tokens);</li>
 *   <li>{@code tenancy} — agencies and shops, the tenants;</li>
 *   <li>{@code returns} — return requests and their reasons;</li>
 *   <li>{@code address} — Japanese postal codes and the address check (public, no shop data);</li>
 *   <li>{@code demo} — the demo data loaded by the run command;</li>
 *   <li>{@code platform} — cross-cutting plumbing: persistence and tenant sessions, problem details.</li>
 * </ul>
 * Inside a capability: {@code domain} (entities, rules, repository interfaces), {@code application}
 * (transactional use cases, one public method per user action, authorisation),
 * {@code infrastructure} (JPA and adapters) and {@code api} (JAX-RS resources, no rules).
 */
package com.kaeru.backend;
