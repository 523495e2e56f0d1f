/**
 * Carriers (Japanese conventions): shipping instructions for return pickups and exchange
 * shipments in the carriers' own CSV layouts (Yamato B2クラウド, Sagawa e飛伝), the shop's carrier
 * contracts, and tracking numbers back in. Sits above {@code returns}: it composes the returns'
 * tracking moves ({@code ReturnTracking}) and the warehouse's fulfilment moves
 * ({@code FulfilmentService}); see docs/carriers.md.
 */
package com.kaeru.backend.carriers;
