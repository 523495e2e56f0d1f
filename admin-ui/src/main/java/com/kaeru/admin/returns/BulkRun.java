package com.kaeru.admin.returns;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.client.ApiProblemException;

/**
 * One decision applied to many returns, one call at a time, so the person sees progress and a
 * result per return: a refusal (e.g. already approved, 409) is recorded with the backend's own
 * explanation and the run goes on with the next.
 */
final class BulkRun implements Serializable {
    /** The decision for one return. */
    @FunctionalInterface
    interface Decision extends Serializable {
        void apply(String rma);
    }

    /** How one return fared; {@code message} is the backend's explanation when refused. */
    record Outcome(String rma, boolean done, String message) implements Serializable {
    }

    private final List<String> rmas;
    private final Decision decision;
    private final List<Outcome> outcomes = new ArrayList<>();

    BulkRun(List<String> rmas, Decision decision) {
        this.rmas = List.copyOf(rmas);
        this.decision = decision;
    }

    /** Decides the next return; false when none is left. */
    boolean step() {
        if (finished()) {
            return false;
        }
        String rma = rmas.get(outcomes.size());
        try {
            decision.apply(rma);
            outcomes.add(new Outcome(rma, true, null));
        } catch (ApiProblemException refused) {
            if (refused.isUnauthorized()) {
                throw refused;
            }
            String detail = refused.problem().detail();
            outcomes.add(new Outcome(rma, false, detail != null ? detail : refused.problem().title()));
        }
        return !finished();
    }

    boolean finished() {
        return outcomes.size() == rmas.size();
    }

    int total() {
        return rmas.size();
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    long succeeded() {
        return outcomes.stream().filter(Outcome::done).count();
    }
}
