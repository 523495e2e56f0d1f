package com.kaeru.backend.platform.errors;

import java.util.List;

/** A refusal the caller can understand: a status, a stable problem type and a localized message. */
public abstract class KaeruException extends RuntimeException {
    private final int status;
    private final String problemType;
    private final String messageKey;
    private final transient List<Object> arguments;

    protected KaeruException(int status, String problemType, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.status = status;
        this.problemType = problemType;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public int status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }

    /** Key in {@code i18n/messages*.properties} of the detail text. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
