package com.kaeru.admin.returns;

import java.io.Serializable;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

/** The bar above the queue: the count, approving or rejecting the selected returns with progress, the CSV export. */
class ReturnsBulkActions extends HorizontalLayout {
    /** What the bar asks of its owner; a refused decision throws the backend's problem. */
    interface Actions extends Serializable {
        void approve(String rma);

        void reject(String rma, String message);

        /** The current filter's returns as CSV in {@code charset}, ready to download. */
        DownloadResponse export(String charset);
    }

    /** A bulk run finished: the decided returns changed, the selection is stale. */
    static class BulkFinishedEvent extends ComponentEvent<ReturnsBulkActions> {
        private final long succeeded;

        BulkFinishedEvent(ReturnsBulkActions source, long succeeded) {
            super(source, false);
            this.succeeded = succeeded;
        }

        long succeeded() {
            return succeeded;
        }
    }

    private final Actions actions;
    private final Span total = new Span();
    private final Button approveSelected = new Button();
    private final Button rejectSelected = new Button();
    private final Select<String> charset = new Select<>();
    private final Anchor download = new Anchor();
    private List<String> selected = List.of();
    private long totalCount;
    private BulkRun bulk;
    private Registration polling;

    ReturnsBulkActions(Actions actions) {
        this.actions = actions;
        setId("queue-actions");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        total.setId("returns-total");
        approveSelected.setId("bulk-approve");
        approveSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveSelected.addClickListener(e -> startBulk(actions::approve,
                getTranslation("admin.returns.bulk.approving")));
        rejectSelected.setId("bulk-reject");
        rejectSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rejectSelected.addClickListener(e -> askRejectionMessage());
        charset.setId("export-charset");
        charset.setItems("UTF-8", "Shift_JIS");
        charset.setValue("UTF-8");
        charset.setWidth("9em");
        download.setId("export-csv");
        download.setHref(DownloadHandler.fromInputStream(event -> actions.export(charset.getValue())));
        download.getElement().setAttribute("download", true);
        download.setRouterIgnore(true);
    }

    Registration addBulkFinishedListener(ComponentEventListener<BulkFinishedEvent> listener) {
        return addListener(BulkFinishedEvent.class, listener);
    }

    /** Shows the decisions only to people who may process returns, the export only to those who may export. */
    void permit(boolean canProcess, boolean canExport) {
        removeAll();
        add(total);
        if (canProcess) {
            add(approveSelected, rejectSelected);
        }
        addAndExpand(new Div());
        if (canExport) {
            add(charset, download);
        }
    }

    /** The returns a decision applies to; the buttons are enabled only with some and no run going on. */
    void setSelection(List<String> rmas) {
        selected = List.copyOf(rmas);
        updateButtons();
    }

    /** The backend's count of the filter; {@code moreThan}: it stopped counting there. */
    void showTotal(long count, boolean moreThan) {
        totalCount = count;
        total.setText(getTranslation(moreThan ? "admin.returns.total-more" : "admin.returns.total", count));
    }

    private void updateButtons() {
        int n = selected.size();
        approveSelected.setEnabled(decidable());
        rejectSelected.setEnabled(decidable());
        approveSelected.setText(getTranslation("admin.returns.bulk.approve", n));
        rejectSelected.setText(getTranslation("admin.returns.bulk.reject", n));
    }

    private void askRejectionMessage() {
        RejectDialog dialog = new RejectDialog(getTranslation("admin.returns.bulk.rejectTitle", selected.size()));
        dialog.addRejectListener(e -> startBulk(rma -> actions.reject(rma, e.message()),
                getTranslation("admin.returns.bulk.rejecting")));
        dialog.ask();
    }

    /**
     * Runs the decision one return per poll round trip: the progress bar and the results grow as
     * the work is done, without server push and without leaving the request (the person's token
     * is only available there).
     */
    private void startBulk(BulkRun.Decision decision, String heading) {
        bulk = new BulkRun(selected, decision);
        updateButtons();
        Dialog dialog = new Dialog();
        dialog.setId("bulk-dialog");
        dialog.setHeaderTitle(heading);
        dialog.setCloseOnOutsideClick(false);
        ProgressBar progress = new ProgressBar(0, bulk.total(), 0);
        progress.setId("bulk-progress");
        Span counter = new Span(getTranslation("admin.returns.bulk.progress", 0, bulk.total()));
        counter.setId("bulk-counter");
        UnorderedList results = new UnorderedList();
        results.setId("bulk-results");
        Button close = new Button(getTranslation("admin.close"), e -> dialog.close());
        close.setId("bulk-close");
        close.setEnabled(false);
        dialog.add(progress, counter, results);
        dialog.getFooter().add(close);
        dialog.open();
        UI ui = UI.getCurrent();
        ui.setPollInterval(50);
        polling = ui.addPollListener(poll -> {
            if (bulk == null) {
                return;
            }
            bulk.step();
            List<BulkRun.Outcome> outcomes = bulk.outcomes();
            BulkRun.Outcome last = outcomes.get(outcomes.size() - 1);
            ListItem line = new ListItem(last.done() ? "✓ " + last.rma()
                    : "✗ " + last.rma() + ": " + last.message());
            line.addClassName(last.done() ? "bulk-done" : "bulk-refused");
            results.add(line);
            progress.setValue(outcomes.size());
            counter.setText(getTranslation("admin.returns.bulk.progress", outcomes.size(), bulk.total()));
            if (bulk.finished()) {
                counter.setText(getTranslation("admin.returns.bulk.summary", bulk.succeeded(),
                        bulk.total() - bulk.succeeded()));
                finishBulk(ui);
                close.setEnabled(true);
                close.focus();
            }
        });
    }

    private void finishBulk(UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        long succeeded = bulk.succeeded();
        bulk = null;
        fireEvent(new BulkFinishedEvent(this, succeeded));
        updateButtons();
    }

    /**
     * Whether the selection can be decided now: some returns and no run going on. Each return's own
     * refusal (e.g. already completed) is the backend's and shows in the run's results; once the
     * queue's rows carry the server's allowed actions, this is where a selection that allows no
     * decision disables the buttons.
     */
    private boolean decidable() {
        return !selected.isEmpty() && bulk == null;
    }

    /** Labels in the current locale. */
    void texts() {
        charset.setAriaLabel(getTranslation("admin.returns.export.charset"));
        download.setText(getTranslation("admin.returns.export.download"));
        total.setText(getTranslation("admin.returns.total", totalCount));
        updateButtons();
    }
}
