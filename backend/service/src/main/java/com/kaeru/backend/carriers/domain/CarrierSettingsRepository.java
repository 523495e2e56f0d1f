package com.kaeru.backend.carriers.domain;

import java.time.Instant;

/** One row per shop; a shop that never saved any has {@link CarrierSettings#NONE}. */
public interface CarrierSettingsRepository {
    CarrierSettings find(long shopId);

    void save(long shopId, CarrierSettings settings, Instant now);
}
