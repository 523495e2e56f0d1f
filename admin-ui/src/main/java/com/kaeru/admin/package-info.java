/**
 * The staff console at {@code /admin}: Keycloak login (Jakarta Security OIDC), the caller's shops
 * with a selector for people who work in several, and every call to the backend made with the
 * signed-in person's access token, so the API's authorisation applies unchanged.
 * <ul>
 *   <li>{@code security} — OIDC login, callback, logout, session-expiry handling;</li>
 *   <li>{@code layout} — the application frame: shop selector, language, user menu;</li>
 *   <li>{@code start}, {@code shops} — views, one route class per screen;</li>
 *   <li>{@code api} — the backend client; {@code i18n} — translations;</li>
 *   <li>{@code insights} — the shop dashboard's parts and the agency roll-up; {@code charts} — Apache ECharts
 *       wrapped as a component, with a table for every chart.</li>
 * </ul>
 */
package com.kaeru.admin;
