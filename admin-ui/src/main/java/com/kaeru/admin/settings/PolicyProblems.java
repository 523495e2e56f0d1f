package com.kaeru.admin.settings;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.problem.Problem;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Why the backend refused a policy ({@code #policy-problems}): its summary, then each field error
 * pinned to its rule in words ("rule 2 (Final sale), reasons: …") rather than the API's
 * {@code rules[1].reasonCodes}. Its own component because reading the API's field paths back into
 * rows and labels is a job of its own; the editor only asks which rows to mark.
 */
class PolicyProblems extends UnorderedList {

    PolicyProblems() {
        setId("policy-problems");
        addClassName("form-problems");
    }

    /** Lists the problem against {@code rules} as sent; returns the indexes of the rules it names. */
    Set<Integer> show(Problem problem, List<PolicyRuleDto> rules) {
        removeAll();
        Set<Integer> rows = new TreeSet<>();
        add(new ListItem(problem.detail()));
        for (Problem.FieldError error : problem.errors()) {
            Integer row = rowOf(error.field());
            String where = row == null || row >= rules.size() ? error.field()
                    : getTranslation("admin.policy.problem.row", row + 1, rules.get(row).name, fieldLabel(error.field()));
            add(new ListItem(where + ": " + error.message()));
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    void clear() {
        removeAll();
    }

    /** {@code rules[3].maxDays} → 3; anything else → null. */
    private static Integer rowOf(String field) {
        if (field == null || !field.startsWith("rules[")) {
            return null;
        }
        try {
            return Integer.parseInt(field.substring(6, field.indexOf(']')));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The dialog's label of the API property; the property itself when there is none. */
    private String fieldLabel(String field) {
        String property = field.contains("].") ? field.substring(field.indexOf("].") + 2) : field;
        String key = "admin.policy.field." + switch (property) {
            case "minLineValueMinor" -> "minValue";
            case "maxLineValueMinor" -> "maxValue";
            case "customerReturnsAtLeast" -> "customerReturns";
            case "customerReturnsWindowDays" -> "customerWindow";
            case "reasonCodes" -> "reasons";
            case "returnFeeMinor" -> "returnFee";
            case "restockingFeeMinor" -> "restockingFee";
            case "restockingFeePercent" -> "restockingPercent";
            case "exchangeBonusMinor" -> "bonus";
            case "exchangeBonusPercent" -> "bonusPercent";
            case "freeReturnShippingForExchange" -> "freeShipping";
            default -> property;
        };
        String label = getTranslation(key);
        return label.startsWith("!{") ? property : label;
    }
}
