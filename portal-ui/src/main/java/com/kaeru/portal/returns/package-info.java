/**
 * The customer's return flow: choose items, say why and what instead (exchange first), choose
 * how the parcel comes back, review and submit. {@link com.kaeru.portal.returns.ReturnDraft} holds
 * every choice apart from the screens. Each step is a component of the wizard; the larger parts of
 * a step are components of their own: {@code ResolutionChooser} (exchange or refund for one item)
 * and {@code PostalCodeLookup} (the 〒 code, its directory lookup and the check's suggestions).
 */
package com.kaeru.portal.returns;
