/**
 * The Kaeru REST contract, version 1: the only way the UIs and integrators talk to the backend.
 * <p>
 * Each sub-package holds the DTO records and the JAX-RS interface of one area. The backend
 * implements the interfaces; the UIs build MicroProfile REST clients from the very same
 * interfaces, so an incompatible API change breaks the build instead of production.
 * Paths are relative to {@code /api/v1}.
 */
package com.kaeru.api;
