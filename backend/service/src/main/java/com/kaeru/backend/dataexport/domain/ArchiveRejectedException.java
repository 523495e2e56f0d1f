package com.kaeru.backend.dataexport.domain;

import com.kaeru.backend.platform.errors.InvalidValueException;

/** An uploaded file that is not a readable Kaeru export, or one whose files do not match its manifest (422). */
public class ArchiveRejectedException extends InvalidValueException {
    public ArchiveRejectedException(String why) {
        super("problem.data-import.rejected", why);
    }
}
