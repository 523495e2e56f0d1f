package com.kaeru.backend.returns.domain;

import java.util.List;

/** Internal notes of a shop's returns; every method takes the shop id. */
public interface ReturnNoteRepository {
    /** Notes of one return, oldest first. */
    List<ReturnNote> findByReturn(long shopId, long returnId);

    void add(ReturnNote note);
}
