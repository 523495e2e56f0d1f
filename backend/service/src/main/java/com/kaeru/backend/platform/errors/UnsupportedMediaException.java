package com.kaeru.backend.platform.errors;

import com.kaeru.api.problem.ProblemTypes;

/** Content of a type the endpoint does not take (415), judged by the content itself. */
public class UnsupportedMediaException extends KaeruException {
    public UnsupportedMediaException(String messageKey, Object... arguments) {
        super(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, messageKey, arguments);
    }
}
