/**
 * The Kaeru backend: a modular monolith with one package per business capability.
 * From the bottom up (a capability uses only its own tier and lower ones; {@code ArchitectureTest}):
 * <ul>
 *   <li>{@code platform} — cross-cutting plumbing: persistence and tenant sessions, problem details;</li>
 *   <li>{@code tenancy} — the tenant registry: agencies and shops;</li>
 *   <li>{@code access} — who is calling and what they may do in which shop (roles from Keycloak tokens, API keys);</li>
 *   <li>{@code audit} — the append-only trail of who did what;</li>
 *   <li>{@code events}, then {@code notifications} — typed events delivered per consumer; the outbox and e-mail;</li>
 *   <li>{@code catalog}, {@code orders}, {@code money}, {@code reasons}, {@code address} — products and stock,
 *       orders, refund math, each shop's reason tree, Japanese postal codes and the address check;</li>
 *   <li>{@code policy} — pre-approval rules, the engine, the blocklist;</li>
 *   <li>{@code returns}, {@code refunds} — return requests and their workflow; refunds and their providers;</li>
 *   <li>{@code shops}, {@code team}, {@code integration} — shop settings and the portal's shop view;
 *       people and roles; what shop systems use (API keys, bulk upserts);</li>
 *   <li>{@code demo} — the demo data loaded by the run command.</li>
 * </ul>
 * Inside a capability: {@code domain} (entities, rules, repository interfaces), {@code application}
 * (transactional use cases, one public method per user action, authorisation),
 * {@code infrastructure} (JPA and adapters) and {@code api} (JAX-RS resources, no rules).
 */
package com.kaeru.backend;
