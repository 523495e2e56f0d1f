package com.kaeru.admin.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a view shows instead of its content when the API refused it (403/404): a title and the
 * API's own explanation, in the person's language. Tests find the explanation by its id.
 */
public final class AccessRefused {
    private AccessRefused() {
    }

    public static Component[] of(String title, String explanation) {
        Paragraph message = new Paragraph(explanation == null ? "" : explanation);
        message.setId("access-refused");
        return new Component[] {new H1(title), message};
    }
}
