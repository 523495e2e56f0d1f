package com.kaeru.admin.start;

import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopDashboardView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

/** {@code /admin/}: forwards to the first shop of the person, or says they have no shop yet. */
@Route(value = "", layout = MainLayout.class)
public class StartView extends VerticalLayout implements BeforeEnterObserver {
    private final CurrentStaff staff;

    @Inject
    public StartView(CurrentStaff staff) {
        this.staff = staff;
        setId("start");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var shops = staff.me().shops();
        if (!shops.isEmpty()) {
            event.forwardTo(ShopDashboardView.class, new RouteParameters("shop", shops.get(0).slug()));
            return;
        }
        removeAll();
        add(new H2(getTranslation("admin.noShops.title")), new Paragraph(getTranslation("admin.noShops.body")));
    }
}
