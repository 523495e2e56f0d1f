package com.kaeru.admin.team;

import java.util.List;

import com.kaeru.admin.api.ApiErrorHandling;
import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopPage;
import com.kaeru.api.team.InvitationDto;
import com.kaeru.api.team.RoleChange;
import com.kaeru.api.team.TeamMemberDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/team}: who works in the shop with which role; invite, change a role,
 * remove. For managers and agency admins (the side navigation hides it from others, the API
 * refuses them anyway and the refusal is shown here).
 */
@Route(value = "shops/:shop/team", layout = MainLayout.class)
public class TeamView extends ShopPage {
    private String slug;
    private List<TeamMemberDto> members = List.of();

    @Inject
    public TeamView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("team");
    }

    /** The team API refuses people who may not manage it (MANAGE_TEAM): its explanation is the page. */
    @Override
    protected void enterShop(BeforeEnterEvent event) {
        slug = context.slug();
        members = backend.team().list(slug);
        render();
    }

    @Override
    protected String refusedTitleKey() {
        return "admin.team.refused.title";
    }

    @Override
    protected void relocalize() {
        render();
    }

    /** After a change: the backend's list again, or its refusal. */
    private void reload() {
        if (reloadOrRefuse(() -> members = backend.team().list(slug))) {
            render();
        }
    }

    private void render() {
        removeAll();
        Button invite = new Button(getTranslation("admin.team.invite"), e -> openInvite());
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("admin.team.title")), invite);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        Paragraph hint = new Paragraph(getTranslation("admin.team.hint"));
        hint.addClassName("hint");
        add(header, hint, grid());
    }

    private Grid<TeamMemberDto> grid() {
        Grid<TeamMemberDto> grid = new Grid<>();
        grid.setId("team-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("admin.team.name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(TeamMemberDto::email).setHeader(getTranslation("admin.team.email")).setKey("email")
                .setAutoWidth(true);
        grid.addComponentColumn(this::roleCell).setHeader(getTranslation("admin.team.role")).setKey("role")
                .setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader(getTranslation("admin.team.actions")).setKey("actions")
                .setAutoWidth(true);
        grid.setItems(members);
        return grid;
    }

    private Component nameCell(TeamMemberDto member) {
        Span name = new Span(TeamNames.name(member, getLocale()));
        if (!member.you()) {
            return name;
        }
        Span you = new Span(getTranslation("admin.team.you"));
        you.getElement().getThemeList().add("badge contrast small");
        HorizontalLayout cell = new HorizontalLayout(name, you);
        cell.setSpacing(true);
        return cell;
    }

    private Select<String> roleCell(TeamMemberDto member) {
        Select<String> role = new Select<>();
        role.setId("role-" + member.username());
        role.setItems(TeamNames.ROLES);
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r));
        role.setValue(member.role());
        role.setAriaLabel(getTranslation("admin.team.roleOf", TeamNames.name(member, getLocale())));
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(member.role())) {
                changeRole(member, e.getValue());
            }
        });
        return role;
    }

    private Button removeButton(TeamMemberDto member) {
        Button remove = new Button(getTranslation("admin.team.remove"), e -> confirmRemoval(member));
        remove.setId("remove-" + member.username());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void changeRole(TeamMemberDto member, String role) {
        try {
            backend.team().changeRole(slug, member.id(), new RoleChange(role));
            success(getTranslation("admin.team.roleChanged", TeamNames.name(member, getLocale()),
                    getTranslation("admin.role." + role)));
            if (member.you()) {
                staff.refresh();
            }
        } catch (ApiProblemException refused) {
            ApiErrorHandling.show(refused);
        }
        // Also after a refusal: the select goes back to what the backend holds.
        reload();
    }

    private void confirmRemoval(TeamMemberDto member) {
        String name = TeamNames.name(member, getLocale());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("remove-dialog");
        confirm.setHeader(getTranslation("admin.team.remove.title", name));
        confirm.setText(getTranslation("admin.team.remove.text", name));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.team.remove.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                backend.team().remove(slug, member.id());
                success(getTranslation("admin.team.removed", name));
            } catch (ApiProblemException refused) {
                ApiErrorHandling.show(refused);
            }
            reload();
        });
        confirm.open();
    }

    private void openInvite() {
        new InviteDialog(request -> backend.team().invite(slug, request), this::invited).open();
    }

    private void invited(InvitationDto result) {
        reload();
        String name = TeamNames.name(result.member(), getLocale());
        if (result.created()) {
            success(getTranslation("admin.team.invited.email", name, result.member().email()));
        } else {
            success(getTranslation("admin.team.invited.existing", name));
        }
    }

    private static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("admin.team.title");
    }
}
