package com.kaeru.admin.returns;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.Decision;
import com.kaeru.api.returns.InfoRequest;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnsApi;

/**
 * The detail's logic (bookstore-example's "view logic"): which moves a return allows the person, and
 * each move as its backend call. The panels only show what {@link #allowed} returns and fire events;
 * the view applies them here. The backend refuses a move that is not allowed anyway.
 */
final class ReturnMoves implements Serializable {
    private ReturnMoves() {
    }

    /**
     * What {@code request} allows the person in {@code context}: the one place that decides which
     * actions every panel of the detail offers. The server computes {@code allowedActions} from the
     * return's state and the caller's permissions; the role check here only repeats the server's.
     */
    static Set<ReturnMove> allowed(ReturnDto request, ShopContext context) {
        Set<ReturnMove> allowed = EnumSet.noneOf(ReturnMove.class);
        if (!context.canProcess()) {
            return allowed;
        }
        for (ReturnMove move : ReturnMove.values()) {
            if (request.allowedActions().contains(move.action())) {
                allowed.add(move);
            }
        }
        return allowed;
    }

    /**
     * Applies one of the moves on the whole return ({@code message}: the rejection's text or the
     * question) and answers the return as it is now; the backend's refusal propagates.
     */
    static ReturnDto apply(ReturnsApi returns, String slug, String rma, ReturnMove move, String message) {
        return switch (move) {
            case APPROVE -> returns.approve(slug, rma, new Decision(null));
            case REJECT -> returns.reject(slug, rma, new Decision(message));
            case RECEIVE -> returns.receive(slug, rma);
            case ASK_CUSTOMER -> returns.requestInfo(slug, rma, new InfoRequest(message));
            case CANCEL -> returns.cancel(slug, rma, new Decision(null));
            case GRADE, ADD_NOTE -> throw new IllegalArgumentException(move + " belongs to a line or the notes");
        };
    }
}
