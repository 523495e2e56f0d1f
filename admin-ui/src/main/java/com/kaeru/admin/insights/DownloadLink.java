package com.kaeru.admin.insights;

import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** A link that streams a report file from the backend when clicked (the browser holds no token). */
public final class DownloadLink {
    private DownloadLink() {
    }

    /** An anchor with {@code id} and {@code text} that downloads what {@code file} supplies at click time. */
    public static Anchor of(String id, String text, Supplier<InsightsSource.Download> file) {
        Anchor anchor = new Anchor();
        anchor.setId(id);
        anchor.setText(text);
        anchor.setHref(DownloadHandler.fromInputStream(event -> {
            InsightsSource.Download d = file.get();
            return new DownloadResponse(d.body(), d.fileName(), d.mediaType(), -1);
        }));
        anchor.getElement().setAttribute("download", true);
        anchor.setRouterIgnore(true);
        return anchor;
    }
}
