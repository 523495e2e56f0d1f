package com.kaeru.backend.platform.errors;

import java.util.List;

import com.kaeru.api.problem.ProblemTypes;

/** A refusal the caller can understand: a status, a stable problem type and a localized message. */
public abstract class KaeruException extends RuntimeException {
    private final int status;
    private final String problemType;
    private final String messageKey;
    private final transient List<Object> arguments;

    /**
     * The kinds of refusal a domain raises, so domain code names the kind and never the contract's
     * problem-type URIs (the domain does not depend on the REST contract).
     */
    public enum Refusal {
        /** The state does not allow it now (409). */
        CONFLICT(409, ProblemTypes.CONFLICT),
        /** This person may not, whatever the state (403), e.g. four eyes. */
        FORBIDDEN(403, ProblemTypes.FORBIDDEN),
        /** It existed but is gone for good, e.g. an expired download (410). */
        GONE(410, ProblemTypes.GONE),
        /** A service Kaeru depends on failed for now; the same request may succeed later (503). */
        UNAVAILABLE(503, ProblemTypes.INTERNAL);

        private final int status;
        private final String problemType;

        Refusal(int status, String problemType) {
            this.status = status;
            this.problemType = problemType;
        }
    }

    protected KaeruException(Refusal refusal, String messageKey, Object... arguments) {
        this(refusal.status, refusal.problemType, messageKey, arguments);
    }

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
