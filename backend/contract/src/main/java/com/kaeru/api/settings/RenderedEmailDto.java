package com.kaeru.api.settings;

/**
 * A template filled with sample data, as the customer would receive it.
 *
 * @param to      recipient (the caller's own address for a test send, else {@code null})
 * @param subject rendered subject
 * @param text    rendered plain text
 * @param html    rendered HTML alternative (the shop's colour, escaped text)
 */
public record RenderedEmailDto(String to, String subject, String text, String html) {
}
