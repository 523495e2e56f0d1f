package com.kaeru.backend.platform.web;

import java.util.Locale;

import com.kaeru.backend.platform.i18n.ApiMessages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** Small helpers to read what a problem needs from the request. */
public final class RequestLanguage {
    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        try {
            return ApiMessages.negotiate(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return ApiMessages.ENGLISH;
        }
    }

    static String path(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
