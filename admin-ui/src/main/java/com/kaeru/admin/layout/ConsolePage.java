package com.kaeru.admin.layout;

import java.util.Locale;

import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A console page scoped by its route (a shop, an agency): what every such page did by hand before.
 * On each entry the page loads what it shows; when the API refuses the person (403) or does not know
 * the scope (404), the page shows the refusal — a title and the API's own explanation, see
 * {@link AccessRefused} — instead of content the API would refuse anyway. Other failures go to the
 * console's error handling. The title reads "page | scope".
 */
public abstract class ConsolePage extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    private String refusalTitleKey;
    private String refusal;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refusalTitleKey = null;
        refusal = null;
        removeAll();
        try {
            enter(event);
        } catch (ApiProblemException e) {
            if (!e.isForbidden() && !e.isNotFound()) {
                throw e;
            }
            refuse(refusedTitleKey(), e.problem().detail());
        }
        if (isRefused()) {
            showRefusal();
        }
    }

    /**
     * Loads what the page shows for the route of {@code event} and lays it out. A 403 or 404 from the
     * API here becomes the refusal page (titled {@link #refusedTitleKey()}); so does {@link #refuse}.
     */
    protected abstract void enter(BeforeEnterEvent event);

    /** Texts, formats and cells again in {@code locale}; only called while the page is not refused. */
    protected abstract void localeChanged(Locale locale);

    /** The page's own part of the browser title, or {@code null} for the scope's name alone. */
    protected abstract String pageTitle();

    /** The name of what the page is scoped to, {@code null} while unknown (shown as "Kaeru"). */
    protected String scopeTitle() {
        return null;
    }

    /** The title of the refusal page when the API refuses what {@link #enter} asked for. */
    protected String refusedTitleKey() {
        return "admin.shop.refused.title";
    }

    /**
     * Loads again after a change on the page, as on entry: a 403/404 (e.g. the person just lost the
     * right) shows the refusal page. Answers whether the load went through.
     */
    protected final boolean reloadOrRefuse(Runnable load) {
        try {
            load.run();
            return true;
        } catch (ApiProblemException e) {
            if (!e.isForbidden() && !e.isNotFound()) {
                throw e;
            }
            refuse(refusedTitleKey(), e.problem().detail());
            showRefusal();
            return false;
        }
    }

    /** Shows the refusal titled {@code titleKey} with {@code explanation} instead of the content. */
    protected final void refuse(String titleKey, String explanation) {
        this.refusalTitleKey = titleKey;
        this.refusal = explanation == null ? "" : explanation;
    }

    protected final boolean isRefused() {
        return refusal != null;
    }

    /** Lays out the refusal; pages may add a way back after calling this. */
    protected void showRefusal() {
        removeAll();
        add(AccessRefused.of(getTranslation(refusalTitleKey), refusal));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (isRefused()) {
            showRefusal();
        } else {
            localeChanged(event.getLocale());
        }
    }

    @Override
    public String getPageTitle() {
        String page = isRefused() ? null : pageTitle();
        String scope = scopeTitle() == null ? "Kaeru" : scopeTitle();
        return page == null || page.isBlank() ? scope : page + " | " + scope;
    }
}
