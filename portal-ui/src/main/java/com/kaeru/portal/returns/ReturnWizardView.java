package com.kaeru.portal.returns;

import java.util.List;
import java.util.Optional;

import com.kaeru.api.portal.PortalOrderDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.client.ApiProblemException;
import com.kaeru.portal.api.OrderSession;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.format.Formats;
import com.kaeru.portal.layout.ShopPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;

/**
 * {@code /portal/{shop}/return}: the return of the opened order in four steps — items, why and
 * what instead, how it comes back, review. The draft lives in the session, so going back, a
 * language switch, a reload or a refused submission keep every choice and word.
 */
@Route(":shopSlug/return")
public class ReturnWizardView extends ShopPage {
    static final String[] STEPS = {"portal.step.items", "portal.step.details", "portal.step.shipping",
            "portal.step.review"};
    private PortalOrderDto order;
    private ReturnDraft draft;
    private int step;
    private final Div error = new Div();
    private DetailsStep details;
    private ShippingStep shipping;

    @Inject
    public ReturnWizardView(PortalBackend backend) {
        super(backend);
        setId("return-wizard");
        error.setId("wizard-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        Optional<String> token = OrderSession.token(slug());
        if (token.isEmpty()) {
            event.forwardTo(slug());
            return;
        }
        try {
            order = backend.order(slug(), token.get(), locale());
        } catch (ApiProblemException e) {
            if (e.isUnauthorized() || e.isNotFound()) {
                OrderSession.forget(slug());
                event.forwardTo(slug());
                return;
            }
            throw e;
        }
        draft = Drafts.of(slug(), order, shop().returnMethods().get(0));
        step = Math.min(step, 3);
        render();
    }

    @Override
    protected void render() {
        if (order == null) {
            return;
        }
        error.setVisible(false);
        H1 title = new H1(getTranslation("portal.wizard.title", order.orderNumber()));
        Paragraph ordered = new Paragraph(getTranslation("portal.wizard.ordered",
                Formats.date(order.orderedAt(), java.time.ZoneId.of(shop().timeZone()), locale())));
        ordered.addClassName("meta");
        H2 stepTitle = new H2(getTranslation(STEPS[step]));
        stepTitle.setId("step-title");
        Component body = switch (step) {
            case 0 -> new ItemsStep(draft, locale(), this::updateNext);
            case 1 -> details = new DetailsStep(draft, shop().refundMethods(), locale());
            case 2 -> shipping = new ShippingStep(draft, shop(), backend, locale());
            default -> new ReviewStep(draft, locale());
        };
        show(shop(), title, ordered, stepper(), stepTitle, body, earlierReturns(), error, navigation());
        updateNext();
        stepTitle.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus({preventScroll: false})");
    }

    private OrderedList stepper() {
        OrderedList list = new OrderedList();
        list.addClassName("stepper");
        list.getElement().setAttribute("aria-label", getTranslation("portal.wizard.progress"));
        for (int i = 0; i < STEPS.length; i++) {
            ListItem item = new ListItem(getTranslation(STEPS[i]));
            if (i == step) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
            } else if (i < step) {
                item.addClassName("done");
            }
            list.add(item);
        }
        return list;
    }

    private Component earlierReturns() {
        Div box = new Div();
        if (step != 0 || order.returns().isEmpty()) {
            return box;
        }
        box.addClassName("earlier-returns");
        box.add(new H2(getTranslation("portal.wizard.earlier")));
        order.returns().forEach(r -> box.add(new Div(new Anchor(slug() + "/returns/" + r.rmaNumber(),
                r.rmaNumber() + " · " + getTranslation("portal.status." + r.status())))));
        return box;
    }

    private Button next;

    private Div navigation() {
        Div nav = new Div();
        nav.addClassName("wizard-nav");
        if (step > 0) {
            Button back = new Button(getTranslation("portal.wizard.back"), e -> go(step - 1));
            back.setId("wizard-back");
            nav.add(back);
        }
        next = new Button(getTranslation(step == 3 ? "portal.wizard.submit" : "portal.wizard.next"));
        next.setId(step == 3 ? "wizard-submit" : "wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickListener(e -> {
            if (step == 3) {
                submit();
            } else if (stepComplete()) {
                go(step + 1);
            }
        });
        nav.add(next);
        return nav;
    }

    private void updateNext() {
        if (next != null) {
            next.setEnabled(step != 0 || !draft.chosen().isEmpty());
        }
    }

    private boolean stepComplete() {
        boolean complete = switch (step) {
            case 1 -> details.validate(draft);
            case 2 -> shipping.validate();
            default -> !draft.chosen().isEmpty();
        };
        if (!complete) {
            error.setText(getTranslation("portal.wizard.incomplete"));
            error.setVisible(true);
        }
        return complete;
    }

    private void go(int target) {
        step = target;
        render();
    }

    private void submit() {
        Optional<String> token = OrderSession.token(slug());
        if (token.isEmpty()) {
            error.setText(getTranslation("portal.wizard.expired"));
            error.setVisible(true);
            return;
        }
        try {
            ReturnDto created = backend.submit(slug(), token.get(), draft.toSubmission(), locale());
            int failedPhotos = uploadPhotos(token.get(), created);
            Drafts.clear(slug());
            if (failedPhotos > 0) {
                Notification.show(getTranslation("portal.wizard.photosFailed", failedPhotos), 8000,
                        Notification.Position.TOP_CENTER);
            }
            getUI().ifPresent(ui -> ui.navigate(slug() + "/returns/" + created.rmaNumber(),
                    com.vaadin.flow.router.QueryParameters.of("submitted", "1")));
        } catch (ApiProblemException e) {
            error.setText(e.problem().detail() == null ? getTranslation("portal.error.generic") : e.problem().detail());
            error.setVisible(true);
        }
    }

    private int uploadPhotos(String token, ReturnDto created) {
        int failed = 0;
        for (ReturnDraft.LineChoice c : draft.chosen()) {
            List<Long> lineIds = created.lines().stream().filter(l -> l.orderLineId() == c.line().orderLineId())
                    .map(ReturnLineDto::id).toList();
            for (ReturnDraft.Photo photo : c.photos()) {
                try {
                    backend.addPhoto(slug(), token, created.rmaNumber(), lineIds.get(0), photo.data(), locale());
                } catch (ApiProblemException | IndexOutOfBoundsException e) {
                    failed++;
                }
            }
        }
        return failed;
    }

    @Override
    public String getPageTitle() {
        return order == null ? super.getPageTitle() : getTranslation("portal.wizard.pageTitle", shop().name());
    }

    /** Drafts per shop in the session: a reload or a new tab of the same order carries on. */
    static final class Drafts {
        private Drafts() {
        }

        static ReturnDraft of(String slug, PortalOrderDto order, ReturnMethod firstMethod) {
            VaadinSession session = VaadinSession.getCurrent();
            String key = Drafts.class.getName() + ":" + slug;
            ReturnDraft draft = (ReturnDraft) session.getAttribute(key);
            if (draft == null || !draft.order().orderNumber().equals(order.orderNumber())) {
                draft = new ReturnDraft(order, firstMethod);
                session.setAttribute(key, draft);
            }
            return draft;
        }

        static void clear(String slug) {
            VaadinSession.getCurrent().setAttribute(Drafts.class.getName() + ":" + slug, null);
        }
    }
}
