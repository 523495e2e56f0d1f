package com.kaeru.admin.settings;

import com.kaeru.admin.api.FieldErrors;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

/**
 * One concern of a settings page as a form: a Binder over a small bean {@code B} whose property
 * names are the API's field names, validation in the Binder (nothing invalid is sent), and a save
 * button that fires a {@link SaveEvent} for the page to send. The page answers with
 * {@link #refused} (the backend's field errors land on the inputs) or re-reads the form.
 */
public abstract class SettingsForm<B> extends VerticalLayout {
    protected final Binder<B> binder;
    protected final Button save = new Button();
    private B bean;

    protected SettingsForm(Class<B> beanType, String saveId) {
        binder = new Binder<>(beanType);
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        setPadding(false);
    }

    /** Shows {@code bean}, the state the backend last confirmed. */
    protected void edit(B bean) {
        this.bean = bean;
        binder.readBean(bean);
    }

    /** Validates in the Binder and, only when all is well, hands a copy of the edited bean to the page. */
    void save() {
        if (bean == null) {
            return;
        }
        if (binder.writeBeanIfValid(bean)) {
            fireEvent(new SaveEvent<>(this, bean));
        }
    }

    /** The backend refused: its field errors go beside the inputs (one helper for every form). */
    public void refused(ApiProblemException problem) {
        FieldErrors.place(problem, binder);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<B>> listener) {
        return addListener((Class) SaveEvent.class, (ComponentEventListener) listener);
    }

    /** Re-reads the labels after a language change. */
    protected abstract void texts();

    /** The form's bean, valid as far as the console can tell, to be sent. */
    public static final class SaveEvent<B> extends ComponentEvent<SettingsForm<B>> {
        private final B bean;

        SaveEvent(SettingsForm<B> source, B bean) {
            super(source, false);
            this.bean = bean;
        }

        public B bean() {
            return bean;
        }
    }
}
