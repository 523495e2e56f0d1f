package com.kaeru.address;

import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link AddressCheck}.
 *
 * @param postalCode the normalised postal code, {@code null} when the input was not seven digits
 * @param candidates everything the code stands for (what a form fills in), empty for an unknown code
 * @param match      the candidate the typed address agrees with, {@code null} when none does or
 *                   several do equally (a multi-town code and no town typed yet)
 * @param findings   what is wrong, empty when nothing is
 */
public record AddressCheckResult(PostalCode postalCode, List<PostalAddress> candidates, PostalAddress match,
                                 List<Finding> findings) {

    public AddressCheckResult {
        candidates = List.copyOf(candidates);
        findings = List.copyOf(findings);
    }

    public Optional<PostalCode> normalisedPostalCode() {
        return Optional.ofNullable(postalCode);
    }

    public Optional<PostalAddress> matchingAddress() {
        return Optional.ofNullable(match);
    }

    public boolean isClean() {
        return findings.isEmpty();
    }

    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    public Optional<Finding> finding(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).findFirst();
    }
}
