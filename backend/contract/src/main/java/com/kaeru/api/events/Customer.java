package com.kaeru.api.events;

/**
 * The customer an event concerns, as far as messages to them need it.
 *
 * @param email    their e-mail address
 * @param language {@code ja} or {@code en}: the language they read
 */
public record Customer(String email, String language) {
}
