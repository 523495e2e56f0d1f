/**
 * The customer return portal at {@code /portal/{shop}}: shop-branded, mobile first, Japanese and
 * English. Views render DTOs from the backend's public portal API and hold no business rules.
 * <ul>
 *   <li>{@code shop} — the shop's landing page and the friendly not-found page;</li>
 *   <li>{@code layout} — the branded page frame and the language switch;</li>
 *   <li>{@code i18n} — translations and the choice of language;</li>
 *   <li>{@code api} — the backend client.</li>
 * </ul>
 */
package com.kaeru.portal;
