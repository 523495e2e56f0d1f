package com.kaeru.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused move (e.g. approving a return someone else just approved) reads as the backend explains it. */
class ApiErrorHandlingTest {
    @BeforeEach
    void setUp() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/sakura-apparel/returns");
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @Test
    void aRefusalShowsTheBackendsDetailNotAStackTrace() {
        ApiErrorHandling.handle(new ErrorEvent(new RuntimeException("wrapped",
                FakeReturns.problem(409, "返品 R-000001 は「完了」のため、承認できません。"))));

        NotificationsKt.expectNotifications("返品 R-000001 は「完了」のため、承認できません。");
    }

    @Test
    void anythingElseShowsAPoliteGenericMessage() {
        ApiErrorHandling.handle(new ErrorEvent(new NullPointerException("internal detail")));

        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        NotificationsKt.expectNotifications("エラーが発生しました。変更は行われていません。もう一度お試しください。");
    }
}
