package com.kaeru.admin.returns;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's bulk bar on its own: enabled by a selection, one decision per poll, the end of a run announced. */
class ReturnsBulkActionsTest {
    /** What the bar asked for, in order; R-000002 is refused as the backend would. */
    private final List<String> calls = new ArrayList<>();
    private final List<ReturnsBulkActions.BulkFinishedEvent> finished = new ArrayList<>();
    private ReturnsBulkActions bar;

    @BeforeEach
    void setUp() {
        Console.start("sakura-operator", "OPERATOR");
        bar = new ReturnsBulkActions(new ReturnsBulkActions.Actions() {
            @Override
            public void approve(String rma) {
                calls.add("approve " + rma);
                if (rma.equals("R-000002")) {
                    throw FakeReturns.problem(409, "Return R-000002 is COMPLETED");
                }
            }

            @Override
            public void reject(String rma, String message) {
                calls.add("reject " + rma + ": " + message);
            }

            @Override
            public DownloadResponse export(String charset) {
                throw new UnsupportedOperationException();
            }
        });
        bar.addBulkFinishedListener(finished::add);
        UI.getCurrent().add(bar);
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void decisionsAreDisabledWithoutASelection() {
        bar.permit(true, false);
        bar.setSelection(List.of());
        bar.texts();

        assertThat(button("bulk-approve").isEnabled()).isFalse();
        assertThat(button("bulk-reject").isEnabled()).isFalse();

        bar.setSelection(List.of("R-000001", "R-000002"));
        assertThat(button("bulk-approve").isEnabled()).isTrue();
        assertThat(button("bulk-approve").getText()).isEqualTo("選択を承認（2）");
    }

    @Test
    void eachRightShowsItsOwnActions() {
        bar.permit(false, true);

        assertThat(_find(Button.class, spec -> spec.withId("bulk-approve"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("export-csv"))).hasSize(1);

        bar.permit(true, false);
        assertThat(_find(Button.class, spec -> spec.withId("bulk-reject"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-csv"))).isEmpty();
    }

    @Test
    void approvalRunsOneReturnPerPollAndAnnouncesTheEnd() {
        bar.permit(true, false);
        bar.setSelection(List.of("R-000001", "R-000002"));

        _click(button("bulk-approve"));
        assertThat(button("bulk-approve").isEnabled()).as("no second run while one goes on").isFalse();
        Console.poll();
        assertThat(finished).isEmpty();
        Console.poll();

        assertThat(calls).containsExactly("approve R-000001", "approve R-000002");
        assertThat(finished).singleElement().extracting(ReturnsBulkActions.BulkFinishedEvent::succeeded).isEqualTo(1L);
        assertThat(_get(Span.class, spec -> spec.withId("bulk-counter")).getText())
                .isEqualTo("1 件完了、1 件は処理できませんでした");
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    void rejectionNeedsAMessageAndSendsItWithEachReturn() {
        bar.permit(true, false);
        bar.setSelection(List.of("R-000001", "R-000003"));

        _click(button("bulk-reject"));
        _click(button("reject-confirm"));
        TextArea message = _get(TextArea.class, spec -> spec.withId("reject-message"));
        assertThat(message.isInvalid()).isTrue();
        assertThat(calls).isEmpty();

        message.setValue("  タグが外されています  ");
        _click(button("reject-confirm"));
        MockVaadin.clientRoundtrip();
        Console.poll();
        Console.poll();

        assertThat(calls).containsExactly("reject R-000001: タグが外されています",
                "reject R-000003: タグが外されています");
        assertThat(finished).singleElement().extracting(ReturnsBulkActions.BulkFinishedEvent::succeeded).isEqualTo(2L);
    }
}
