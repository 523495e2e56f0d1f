/**
 * HTTP edge of the API: every failure leaves as RFC 9457 problem details in the caller's
 * language, never as a stack trace or an HTML page — including the 401/403 pages the container
 * itself would produce for bad tokens.
 */
package com.kaeru.backend.platform.web;
