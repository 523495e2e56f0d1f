package com.kaeru.backend.returns.api;

import com.kaeru.backend.returns.application.ReturnLabelService;
import jakarta.ws.rs.core.Response;

/** The HTTP form of a label, the same for customers and staff. */
final class LabelResponses {
    private LabelResponses() {
    }

    static Response of(ReturnLabelService.Pdf pdf) {
        // The file name is the RMA from the database (R-000123), safe inside the quoted header value.
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                // It carries the customer's address: keep it out of shared caches and browser history.
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
