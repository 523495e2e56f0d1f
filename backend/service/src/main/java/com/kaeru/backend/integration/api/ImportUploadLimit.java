package com.kaeru.backend.integration.api;

import java.util.regex.Pattern;

import com.kaeru.api.integration.ImportsApi;
import com.kaeru.backend.platform.errors.PayloadTooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a CSV upload that declares more than {@link ImportsApi#MAX_FILE_BYTES} (a 200 MB file) with the 413
 * problem <em>before</em> its body is read: the resources take the file as a {@code byte[]}, so without this a huge
 * upload would be buffered in the heap first and only then refused.
 */
@Provider
@PreMatching
public class ImportUploadLimit implements ContainerRequestFilter {
    private static final Pattern UPLOADS = Pattern.compile("/?shops/[^/]+/imports/(orders|products|stock)/?");

    @Override
    public void filter(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && request.getLength() > ImportsApi.MAX_FILE_BYTES
                && UPLOADS.matcher(request.getUriInfo().getPath()).matches()) {
            throw new PayloadTooLargeException("problem.import.too-large", ImportsApi.MAX_FILE_BYTES / (1024 * 1024));
        }
    }
}
