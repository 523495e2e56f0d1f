/**
 * Start-up safety: outside development mode ({@code kaeru.mode}, production unless set), the API
 * refuses to start with the secrets Kaeru ships for development or without a real portal token
 * secret.
 */
package com.kaeru.backend.platform.config;
