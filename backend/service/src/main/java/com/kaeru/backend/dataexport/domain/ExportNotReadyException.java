package com.kaeru.backend.dataexport.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** A download of an export that is still being written, or failed (409). */
public class ExportNotReadyException extends KaeruException {
    public ExportNotReadyException(long id, ExportStatus status) {
        super(Refusal.CONFLICT, "problem.data-export.not-ready", id, status.name());
    }
}
