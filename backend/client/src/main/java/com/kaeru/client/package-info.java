/**
 * How the UIs call the backend: MicroProfile REST clients built from the contract interfaces,
 * with the caller's bearer token forwarded and problem details turned into
 * {@link com.kaeru.client.ApiProblemException}.
 */
package com.kaeru.client;
