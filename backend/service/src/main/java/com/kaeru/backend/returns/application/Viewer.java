package com.kaeru.backend.returns.application;

import java.util.EnumSet;
import java.util.Set;

import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.returns.domain.ReturnAction;

/**
 * Who looks at a return: a member of staff with their permissions in its shop, or the customer
 * on the portal. Decides what the view shows (staff see people and actors) and which of the actions
 * the return's state allows this viewer may take.
 *
 * @param staff       staff (console or API) rather than the customer
 * @param username    the staff member ({@code null} for the customer): a refund's requester may not approve it
 * @param permissions the staff member's permissions in the shop (empty for the customer)
 */
public record Viewer(boolean staff, String username, Set<Permission> permissions) {
    /** What the portal lets a customer do; everything else is staff work. */
    private static final Set<ReturnAction> CUSTOMER_ACTIONS = EnumSet.of(ReturnAction.CANCEL,
            ReturnAction.DOWNLOAD_LABEL, ReturnAction.ANSWER_QUESTION, ReturnAction.RATE);

    public static Viewer customer() {
        return new Viewer(false, null, Set.of());
    }

    public static Viewer staff(String username, Set<Permission> permissions) {
        return new Viewer(true, username, Set.copyOf(permissions));
    }

    /** May this viewer take the action (which the return's state already allows)? */
    public boolean may(ReturnAction action) {
        if (!staff) {
            return CUSTOMER_ACTIONS.contains(action);
        }
        return switch (action) {
            case DOWNLOAD_LABEL -> permissions.contains(Permission.VIEW_SHOP);
            case APPROVE_REFUND, DECLINE_REFUND -> permissions.contains(Permission.APPROVE_REFUNDS);
            // The customer answers; staff never answer their own question.
            case ANSWER_QUESTION, RATE -> false;
            case APPROVE, REJECT, CANCEL, RECEIVE, GRADE, ASK_QUESTION, ADD_NOTE ->
                    permissions.contains(Permission.PROCESS_RETURNS);
        };
    }
}
