package com.kaeru.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.problem.Problem;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final CheckboxGroup<String> methods = new CheckboxGroup<>();
    private final Binder<Form> binder = new Binder<>(Form.class);

    @BeforeEach
    void setUp() {
        Console.start("sakura-manager", "MANAGER");
        methods.setItems("PICKUP", "DROP_OFF");
        binder.forField(email).bind("email");
        binder.forField(phone).bind("phoneNumber");
        binder.forField(methods).bind("methods");
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static ApiProblemException problem(String detail, Problem.FieldError... errors) {
        return new ApiProblemException(new Problem("https://kaeru.app/problems/validation", "Invalid", 400, detail,
                null, List.of(errors)));
    }

    @Test
    void eachErrorLandsOnTheBindingOfItsPropertyAnIndexPointsAtTheWholeList() {
        boolean all = FieldErrors.place(problem("2 invalid fields", new Problem.FieldError("email", "形式が違います"),
                new Problem.FieldError("methods[1]", "選べない方法です")), binder);
        assertThat(all).isTrue();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("形式が違います");
        assertThat(methods.isInvalid()).isTrue();
        assertThat(methods.getErrorMessage()).isEqualTo("選べない方法です");
        assertThat(phone.isInvalid()).isFalse();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void anAliasMapsTheApisNameToTheFormsPropertyAndWhatNoInputClaimsIsShownNotLost() {
        boolean all = FieldErrors.place(problem("2 invalid fields", new Problem.FieldError("phone", "電話番号が違います"),
                new Problem.FieldError("shop", "このショップでは使えません")), binder, Map.of("phone", "phoneNumber"));
        assertThat(all).isFalse();
        assertThat(phone.getErrorMessage()).isEqualTo("電話番号が違います");
        NotificationsKt.expectNotifications("このショップでは使えません");
    }

    @Test
    void aRefusalWithoutFieldErrorsShowsTheBackendsDetail() {
        assertThat(FieldErrors.place(problem("The shop is suspended."), binder)).isFalse();
        assertThat(email.isInvalid()).isFalse();
        NotificationsKt.expectNotifications("The shop is suspended.");
    }

    /** A form bean like the settings forms use. */
    public static class Form {
        private String email;
        private String phoneNumber;
        private Set<String> methods = Set.of();

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhoneNumber() {
            return phoneNumber;
        }

        public void setPhoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
        }

        public Set<String> getMethods() {
            return methods;
        }

        public void setMethods(Set<String> methods) {
            this.methods = methods;
        }
    }
}
