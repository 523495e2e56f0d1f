package com.kaeru.admin.layout;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * Single-key shortcuts for a view ({@code /}, {@code j}, {@code k}, {@code Enter}...), active while
 * the view is attached. The browser only reports a key when the person is not typing in a field,
 * not operating a button or link with the keyboard, holds no modifier and has no dialog open — so
 * a {@code j} typed into the search box stays a {@code j}, and keys nobody uses never reach the server
 * unless they are printable characters or Enter/Escape.
 */
public final class KeyboardShortcuts {
    /** What the browser sends along: the key's name as in {@code KeyboardEvent.key}. */
    public static final String KEY = "event.key";
    /** Evaluated in the browser; view tests send it as satisfied. */
    public static final String FILTER = "(event.key.length === 1 || event.key === 'Enter' || event.key === 'Escape')"
            + " && !event.ctrlKey && !event.metaKey && !event.altKey"
            + " && !event.composedPath().some(n => n.isContentEditable || ['INPUT','TEXTAREA','SELECT','BUTTON','A',"
            + "'VAADIN-BUTTON','VAADIN-CHECKBOX','VAADIN-SELECT'].includes(n.tagName))"
            + " && !document.querySelector('vaadin-dialog-overlay[opened],vaadin-confirm-dialog-overlay[opened]')";

    private KeyboardShortcuts() {
    }

    /** Listens on the whole page while {@code owner} is attached; {@code actions} by key name. */
    public static void install(Component owner, Map<String, Runnable> actions) {
        DomListenerRegistration[] current = new DomListenerRegistration[1];
        owner.addAttachListener(attach -> current[0] = attach.getUI().getElement().addEventListener("keydown", event -> {
            Runnable action = actions.get(event.getEventData().getString(KEY));
            if (action != null) {
                action.run();
            }
        }).addEventData(KEY).setFilter(FILTER));
        owner.addDetachListener(detach -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
    }
}
