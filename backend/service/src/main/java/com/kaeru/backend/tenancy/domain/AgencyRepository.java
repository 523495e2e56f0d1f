package com.kaeru.backend.tenancy.domain;

import java.util.Optional;

/** Finds and stores agencies. */
public interface AgencyRepository {
    Optional<Agency> findBySlug(String slug);

    Agency save(Agency agency);
}
