package com.kaeru.admin.returns;

import java.util.List;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.NoteSubmission;
import com.kaeru.api.returns.ReturnNoteDto;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/**
 * Staff's internal notes on the return, never shown to the customer, oldest first; those who may
 * process returns write one (required), firing a {@link NoteEvent}.
 */
class InternalNotesPanel extends VerticalLayout {
    /** Staff wrote {@link #text()} (stripped, never blank). */
    static class NoteEvent extends ComponentEvent<InternalNotesPanel> {
        private final String text;

        NoteEvent(InternalNotesPanel source, String text) {
            super(source, true);
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private TextArea noteField;

    InternalNotesPanel() {
        setId("notes");
        setPadding(false);
    }

    Registration addNoteListener(ComponentEventListener<NoteEvent> listener) {
        return addListener(NoteEvent.class, listener);
    }

    /** {@code notes} with their author and time; the field to write one only if {@code canWrite}. */
    void show(List<ReturnNoteDto> notes, ShopContext context, boolean canWrite) {
        removeAll();
        add(new H2(getTranslation("admin.return.notes")));
        if (notes.isEmpty()) {
            add(new Paragraph(getTranslation("admin.return.notes.none")));
        }
        for (ReturnNoteDto note : notes) {
            Div entry = new Div(new Span(context.formats().dateTime(note.createdAt()) + " · " + note.author()),
                    new Paragraph(note.text()));
            entry.addClassName("note");
            add(entry);
        }
        noteField = null;
        if (canWrite) {
            noteField = new TextArea(getTranslation("admin.return.notes.new"));
            noteField.setId("note-text");
            noteField.setMaxLength(NoteSubmission.MAX_LENGTH);
            noteField.setWidthFull();
            Button addNote = new Button(getTranslation("admin.return.notes.add"), e -> submit());
            addNote.setId("add-note");
            add(noteField, addNote);
        }
    }

    /** The key {@code n}: straight into the note field, if there is one. */
    void focusNote() {
        if (noteField != null) {
            noteField.focus();
        }
    }

    private void submit() {
        if (noteField.getValue().isBlank()) {
            noteField.setInvalid(true);
            noteField.setErrorMessage(getTranslation("admin.return.notes.required"));
            return;
        }
        fireEvent(new NoteEvent(this, noteField.getValue().strip()));
    }
}
