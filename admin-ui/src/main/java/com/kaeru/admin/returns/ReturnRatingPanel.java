package com.kaeru.admin.returns;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.ReturnRatingDto;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/**
 * The customer's rating of the completed return ({@code #return-rating}): the stars, when it was given and the
 * comment as written. Hidden until the customer rated it on the portal (docs/insights.md, satisfaction).
 */
class ReturnRatingPanel extends Div {
    ReturnRatingPanel() {
        setId("return-rating");
        setWidthFull();
    }

    void show(ReturnRatingDto rating, ShopContext context) {
        removeAll();
        setVisible(rating != null);
        if (rating == null) {
            return;
        }
        Div facts = new Div();
        facts.addClassName("facts");
        Facts.add(facts, getTranslation("admin.return.rating.stars"),
                "★".repeat(rating.stars()) + "☆".repeat(5 - rating.stars()) + " "
                        + getTranslation("admin.return.rating.of", rating.stars()), "return-rating-stars")
                .getElement().setAttribute("aria-label", getTranslation("admin.return.rating.of", rating.stars()));
        Facts.add(facts, getTranslation("admin.return.rating.at"), context.formats().dateTime(rating.ratedAt()),
                "return-rating-at");
        Facts.add(facts, getTranslation("admin.return.rating.comment"),
                rating.comment() == null ? getTranslation("admin.return.rating.noComment") : rating.comment(),
                "return-rating-comment").getStyle().set("white-space", "pre-line");
        add(new H2(getTranslation("admin.return.rating")), facts);
    }
}
