package com.kaeru.backend.webhooks.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** One HTTP POST to a receiver, never following redirects, bounded in time and in what it reads back. */
public interface WebhookTransport {

    /**
     * @return the answer; a network failure or timeout is an answer with status 0 and the error
     */
    Response post(URI url, Map<String, String> headers, String body);

    /**
     * @param status     HTTP status, 0 when there was none (no connection, timeout)
     * @param excerpt    the start of the response body (at most a few KB), or the error
     * @param retryAfter the Retry-After header, or null
     */
    record Response(int status, String excerpt, String retryAfter, Duration latency) {
        public boolean success() {
            return status >= 200 && status < 300;
        }
    }
}
