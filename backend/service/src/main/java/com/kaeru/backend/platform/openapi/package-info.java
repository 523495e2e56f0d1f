/**
 * The published API contract (MicroProfile OpenAPI at {@code /openapi}): the document's frame
 * (title, version, security schemes, tags) and the corrections that make Payara's output a valid
 * OpenAPI 3 document that generators accept. Operations themselves are described by the
 * annotations on the contract's interfaces ({@code com.kaeru.api.*Api}). See docs/api.md.
 */
package com.kaeru.backend.platform.openapi;
