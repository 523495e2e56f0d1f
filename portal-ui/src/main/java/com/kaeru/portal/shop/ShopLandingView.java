package com.kaeru.portal.shop;

import com.kaeru.api.portal.OrderAccessDto;
import com.kaeru.client.ApiProblemException;
import com.kaeru.portal.api.OrderSession;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.layout.ShopPage;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /portal/{shop}}: the shop's branded welcome and step 1, finding the order by its number
 * and the e-mail or phone used for it. A wrong pair gets one message that reveals nothing;
 * repeated tries are slowed down by the API and the wait is shown. What was typed stays.
 * {@code ?next=R-000123} opens that return's status after the lookup (the link in e-mails).
 */
@Route(":shopSlug")
public class ShopLandingView extends ShopPage {
    private final TextField orderNumber = new TextField();
    private final TextField emailOrPhone = new TextField();
    private final Div lookupError = new Div();
    private final Button find = new Button();
    private String next;

    @Inject
    public ShopLandingView(PortalBackend backend) {
        super(backend);
        setId("shop-landing");
        orderNumber.setId("order-number");
        orderNumber.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        orderNumber.setMaxLength(64);
        emailOrPhone.setId("email-or-phone");
        emailOrPhone.setMaxLength(254);
        lookupError.setId("lookup-error");
        lookupError.addClassName("form-error");
        lookupError.getElement().setAttribute("role", "alert");
        lookupError.setVisible(false);
        find.setId("lookup-submit");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        find.addClickShortcut(Key.ENTER);
        find.setDisableOnClick(true);
        find.addClickListener(e -> lookup());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getParameters().getOrDefault("next", java.util.List.of())
                .stream().filter(rma -> rma.matches("[A-Z]-\\d{1,10}")).findFirst().orElse(null);
        render();
    }

    @Override
    protected void render() {
        if (shop().closed()) {
            Paragraph closed = new Paragraph(getTranslation("portal.closed.lead", shop().name()));
            closed.setId("shop-closed");
            closed.addClassName("lead");
            show(shop(), new H1(getTranslation("portal.closed.title", shop().name())), closed,
                    new Paragraph(getTranslation("portal.closed.contact")));
            return;
        }
        H1 title = new H1(getTranslation("portal.landing.title"));
        Paragraph lead = new Paragraph(getTranslation("portal.landing.lead", shop().name()));
        lead.addClassName("lead");

        Div exchangeFirst = new Div(new Span(getTranslation("portal.landing.exchangeFirst")));
        exchangeFirst.addClassName("callout");

        H2 stepsTitle = new H2(getTranslation("portal.landing.steps.title"));
        OrderedList steps = new OrderedList(step("portal.landing.step.find"), step("portal.landing.step.choose"),
                step("portal.landing.step.send"));
        steps.addClassName("steps");

        show(shop(), title, lead, lookupForm(), exchangeFirst, stepsTitle, steps);
    }

    private Div lookupForm() {
        orderNumber.setLabel(getTranslation("portal.lookup.orderNumber"));
        orderNumber.setPlaceholder(getTranslation("portal.lookup.orderNumber.placeholder"));
        orderNumber.setHelperText(getTranslation("portal.lookup.orderNumber.help"));
        emailOrPhone.setLabel(getTranslation("portal.lookup.emailOrPhone"));
        emailOrPhone.setHelperText(getTranslation("portal.lookup.emailOrPhone.help"));
        find.setText(getTranslation("portal.lookup.submit"));
        H2 heading = new H2(getTranslation("portal.lookup.title"));
        Div form = new Div(heading, orderNumber, emailOrPhone, lookupError, find);
        form.addClassNames("card", "lookup-form");
        return form;
    }

    private void lookup() {
        String number = orderNumber.getValue().strip();
        String contact = emailOrPhone.getValue().strip();
        orderNumber.setInvalid(number.isEmpty());
        orderNumber.setErrorMessage(getTranslation("portal.lookup.required"));
        emailOrPhone.setInvalid(contact.isEmpty());
        emailOrPhone.setErrorMessage(getTranslation("portal.lookup.required"));
        try {
            if (number.isEmpty() || contact.isEmpty()) {
                return;
            }
            OrderAccessDto access = backend.lookup(slug(), number, contact, locale());
            OrderSession.open(slug(), access);
            if (next != null) {
                getUI().ifPresent(ui -> ui.navigate(slug() + "/returns/" + next));
            } else {
                getUI().ifPresent(ui -> ui.navigate(slug() + "/return"));
            }
        } catch (ApiProblemException e) {
            showLookupError(e);
        } finally {
            find.setEnabled(true);
        }
    }

    private void showLookupError(ApiProblemException e) {
        String message;
        if (e.status() == 429) {
            message = getTranslation("portal.lookup.tooMany");
        } else if (e.isNotFound()) {
            message = getTranslation("portal.lookup.notFound");
        } else {
            message = e.problem().detail() == null ? getTranslation("portal.error.generic") : e.problem().detail();
        }
        lookupError.setText(message);
        lookupError.setVisible(true);
    }

    private ListItem step(String key) {
        return new ListItem(getTranslation(key));
    }

    /** The landing's query that opens {@code rma}'s status after the lookup. */
    public static QueryParameters thenOpen(String rma) {
        return QueryParameters.of("next", rma);
    }
}
