package com.kaeru.backend.platform.errors;

/** An upload above the allowed size (413). */
public class PayloadTooLargeException extends KaeruException {
    public PayloadTooLargeException(String messageKey, Object... arguments) {
        super(413, "https://kaeru.app/problems/payload-too-large", messageKey, arguments);
    }
}
