package com.kaeru.admin.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.event.Observes;

/**
 * What a person sees when something fails: the backend's own explanation (problem detail) in a
 * notification, a fresh login when the token is no longer accepted, and never a stack trace.
 */
public class ApiErrorHandling {
    private static final Logger LOG = Logger.getLogger(ApiErrorHandling.class.getName());

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ApiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        ApiProblemException problem = find(event.getThrowable());
        if (problem != null && problem.isUnauthorized() && ui != null) {
            // Relative to the application root (Vaadin sets <base href>): /admin/logout, then a fresh login.
            ui.getPage().setLocation("logout");
            return;
        }
        if (problem == null || problem.problem().detail() == null) {
            LOG.log(Level.SEVERE, "Unexpected error in the console", event.getThrowable());
        }
        show(problem);
    }

    /**
     * Shows the backend's explanation of a refusal (or a generic message) as an error notification.
     * For views that handle a refusal themselves and stay where they are.
     */
    public static void show(ApiProblemException problem) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String message = problem != null && problem.problem().detail() != null ? problem.problem().detail()
                : ui.getTranslation("admin.error.unexpected");
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static ApiProblemException find(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof ApiProblemException problem) {
                return problem;
            }
        }
        return null;
    }
}
