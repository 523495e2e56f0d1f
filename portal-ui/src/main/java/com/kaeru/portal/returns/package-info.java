/**
 * The customer's return flow: choose items, say why and what instead (exchange first), choose
 * how the parcel comes back, review and submit. {@link com.kaeru.portal.returns.ReturnDraft} holds
 * every choice apart from the screens.
 */
package com.kaeru.portal.returns;
