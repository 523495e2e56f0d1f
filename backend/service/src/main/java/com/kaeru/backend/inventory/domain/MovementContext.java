package com.kaeru.backend.inventory.domain;

/**
 * Who moved stock and what for, recorded on the movement: the actor (a staff user name, an API
 * key, {@code customer}, {@code policy} or {@code system}) and a reference such as an RMA, a
 * purchase order, a stocktake ({@code ST-12}) or an import.
 */
public record MovementContext(String actor, String reference) {
    private static final MovementContext SYSTEM = new MovementContext("system", null);

    public MovementContext {
        actor = actor == null || actor.isBlank() ? "system" : actor;
        reference = reference == null || reference.isBlank() ? null : reference;
    }

    /** No actor known: callers of the original {@link StockRepository} methods. */
    public static MovementContext system() {
        return SYSTEM;
    }

    public static MovementContext of(String actor, String reference) {
        return new MovementContext(actor, reference);
    }
}
