package com.kaeru.backend.dataexport.domain;

import java.time.Instant;

import com.kaeru.backend.platform.errors.KaeruException;

/** A download after the link expired (410 Gone: the ZIP was removed and will not come back). */
public class ExportExpiredException extends KaeruException {
    public ExportExpiredException(long id, Instant expiredAt) {
        super(Refusal.GONE, "problem.data-export.expired", id, expiredAt.toString());
    }
}
