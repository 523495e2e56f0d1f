package com.kaeru.portal.status;

import java.util.Optional;

import com.kaeru.api.carriers.Carrier;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;

/**
 * The carrier's public tracking page for a parcel, opened in a new tab. The link comes from the
 * contract's {@link Carrier} (the one place the carriers' URLs live), so it is the same as in the
 * customer's e-mail.
 */
final class TrackingLink {
    private TrackingLink() {
    }

    /** A link labelled {@code text}, or empty for a carrier Kaeru does not know or no number yet. */
    static Optional<Anchor> of(String id, String url, String carrier, String trackingNumber, String text) {
        String href = url != null ? url : Carrier.trackingUrl(carrier, trackingNumber);
        if (href == null) {
            return Optional.empty();
        }
        Anchor link = new Anchor(href, text, AnchorTarget.BLANK);
        link.setId(id);
        link.addClassName("tracking-link");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return Optional.of(link);
    }
}
