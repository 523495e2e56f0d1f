/**
 * Exceptions that use cases throw to refuse a request. Each names its HTTP status and a message
 * key; {@code platform.web} turns them into localized RFC 9457 problem details.
 */
package com.kaeru.backend.platform.errors;
