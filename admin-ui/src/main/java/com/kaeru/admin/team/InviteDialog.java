package com.kaeru.admin.team;

import java.util.function.Consumer;
import java.util.function.Function;

import com.kaeru.api.problem.Problem;
import com.kaeru.api.team.InvitationDto;
import com.kaeru.api.team.InvitationRequest;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Invite a person: e-mail, name, role. A refusal (already in the team, invalid address, Keycloak
 * down) is shown inside the dialog, which keeps what was typed.
 */
class InviteDialog extends Dialog {
    final EmailField email = new EmailField();
    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final Select<String> role = new Select<>();
    final Paragraph error = new Paragraph();

    InviteDialog(Function<InvitationRequest, InvitationDto> invite, Consumer<InvitationDto> invited) {
        setId("invite-dialog");
        setHeaderTitle(getTranslation("admin.team.invite.title"));
        email.setId("invite-email");
        email.setLabel(getTranslation("admin.team.email"));
        email.setRequired(true);
        email.setMaxLength(254);
        lastName.setId("invite-last-name");
        lastName.setLabel(getTranslation("admin.team.lastName"));
        lastName.setMaxLength(80);
        firstName.setId("invite-first-name");
        firstName.setLabel(getTranslation("admin.team.firstName"));
        firstName.setMaxLength(80);
        role.setId("invite-role");
        role.setLabel(getTranslation("admin.team.role"));
        role.setItems(TeamNames.ROLES);
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r));
        role.setValue("OPERATOR");
        error.setId("invite-error");
        error.addClassName("form-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(email, lastName, firstName, role);
        form.setColspan(email, 2);
        add(form, error);

        Button send = new Button(getTranslation("admin.team.invite.send"), e -> {
            try {
                InvitationDto result = invite.apply(new InvitationRequest(email.getValue(), firstName.getValue(),
                        lastName.getValue(), role.getValue()));
                close();
                invited.accept(result);
            } catch (ApiProblemException refused) {
                showRefusal(refused.problem());
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        getFooter().add(cancel, send);
    }

    private void showRefusal(Problem problem) {
        error.setText(problem.detail());
        error.setVisible(true);
        email.setInvalid(false);
        for (Problem.FieldError field : problem.errors()) {
            if ("email".equals(field.field())) {
                email.setErrorMessage(field.message());
                email.setInvalid(true);
            }
        }
    }
}
