package com.kaeru.admin.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.kaeru.api.problem.Problem;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;

/**
 * The one place where the backend's field errors (RFC 9457 problem details with an
 * {@code errors} list) land beside the inputs they are about. A form's bean properties are
 * named like the API's fields, so the Binder finds the input itself; an index
 * ({@code returnMethods[1]}) points at the whole list input. What no input claims is shown in
 * a notification, so a refusal is never silent.
 */
public final class FieldErrors {
    private FieldErrors() {
    }

    /** Places the errors on the binding of the property with the same name (or its alias). */
    public static boolean place(ApiProblemException problem, Binder<?> binder, Map<String, String> aliases) {
        return place(problem, field -> binder.getBinding(aliases.getOrDefault(field, field))
                .map(b -> b.getField() instanceof HasValidation v ? v : null));
    }

    /** Places the errors on the binding of the property with the same name. */
    public static boolean place(ApiProblemException problem, Binder<?> binder) {
        return place(problem, binder, Map.of());
    }

    /**
     * Places each field error on the input {@code inputs} finds for the field name (index
     * removed), shows the rest in a notification; true when every error found its input.
     */
    public static boolean place(ApiProblemException problem, Function<String, Optional<HasValidation>> inputs) {
        List<String> unplaced = new ArrayList<>();
        for (Problem.FieldError error : problem.problem().errors()) {
            Optional<HasValidation> input = inputs.apply(baseName(error.field()));
            input.ifPresentOrElse(i -> {
                i.setErrorMessage(error.message());
                i.setInvalid(true);
            }, () -> unplaced.add(error.message()));
        }
        boolean none = problem.problem().errors().isEmpty();
        if (none) {
            notify(problem.problem().detail());
        } else if (!unplaced.isEmpty()) {
            notify(String.join(" ", unplaced));
        }
        return !none && unplaced.isEmpty();
    }

    /** {@code returnMethods[1]} and {@code returnMethods} are the same input. */
    static String baseName(String field) {
        return field == null ? "" : field.replaceAll("\\[\\d+]$", "");
    }

    /** Clears what the backend said last time before the next attempt. */
    public static void clear(HasValidation... inputs) {
        for (HasValidation input : inputs) {
            input.setInvalid(false);
        }
    }

    private static void notify(String message) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String text = message == null || message.isBlank() ? ui.getTranslation("admin.error.unexpected") : message;
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
