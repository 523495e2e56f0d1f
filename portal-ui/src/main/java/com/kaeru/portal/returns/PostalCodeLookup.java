package com.kaeru.portal.returns;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.address.AddressFindingDto;
import com.kaeru.api.address.PostalAddressDto;
import com.kaeru.api.address.PostalCodeDto;
import com.kaeru.client.ApiProblemException;
import com.kaeru.portal.api.PortalBackend;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import jakarta.ws.rs.ProcessingException;

/**
 * The 〒 postal code field ({@code #address-postal-code}) and its hint ({@code #postal-hint}): a complete
 * code typed by the customer is looked up in Japan Post's directory and fires a {@link LookedUpEvent};
 * a code with several towns offers them to pick ({@link TownChosenEvent}); a code the address check
 * doubts is shown with the codes it suggests ({@link CodeCorrectedEvent} when one is taken). Its own
 * component so {@link AddressForm} only keeps the fields and the draft in step; the lookup only helps,
 * so when the directory cannot answer nothing happens and the customer types the address.
 */
class PostalCodeLookup extends Div {
    private static final String COMPLETE = "\\d{3}-\\d{4}";

    /** A complete code was looked up: its place (prefecture, city) if the directory knows it, and its towns. */
    static class LookedUpEvent extends ComponentEvent<PostalCodeLookup> {
        private final Optional<PostalAddressDto> place;
        private final List<String> towns;

        LookedUpEvent(PostalCodeLookup source, Optional<PostalAddressDto> place, List<String> towns) {
            super(source, true);
            this.place = place;
            this.towns = towns;
        }

        /** The first place under the code: prefecture and city are the same for all of them. */
        Optional<PostalAddressDto> place() {
            return place;
        }

        /** The named towns under the code, distinct; when there are several the lookup offers them. */
        List<String> towns() {
            return towns;
        }
    }

    /** The customer picked one of the code's towns. */
    static class TownChosenEvent extends ComponentEvent<PostalCodeLookup> {
        private final String town;

        TownChosenEvent(PostalCodeLookup source, String town) {
            super(source, true);
            this.town = town;
        }

        String town() {
            return town;
        }
    }

    /** The customer took a code the address check suggested; the field holds it now. */
    static class CodeCorrectedEvent extends ComponentEvent<PostalCodeLookup> {
        CodeCorrectedEvent(PostalCodeLookup source) {
            super(source, true);
        }
    }

    final TextField postalCode = new TextField();
    final Div postalHint = new Div();
    private final PortalBackend backend;
    private final Locale locale;

    PostalCodeLookup(PortalBackend backend, Locale locale) {
        this.backend = backend;
        this.locale = locale;
        // The field and the hint lay out as if they were the form's own children.
        getStyle().set("display", "contents");
        postalCode.setId("address-postal-code");
        postalCode.setLabel(getTranslation("portal.address.postalCode"));
        postalCode.setPrefixComponent(new Span("〒"));
        postalCode.setPlaceholder("100-0005");
        postalCode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postalCode.setAllowedCharPattern("[0-9０-９\\-ー－]");
        postalCode.setMaxLength(8);
        postalCode.setValueChangeMode(ValueChangeMode.EAGER);
        postalCode.getElement().setAttribute("inputmode", "numeric");
        postalCode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                lookUp();
            }
        });
        postalHint.setId("postal-hint");
        postalHint.addClassName("hint");
        postalHint.getElement().setAttribute("aria-live", "polite");
        postalHint.setVisible(false);
        add(postalCode, postalHint);
    }

    Registration addLookedUpListener(ComponentEventListener<LookedUpEvent> listener) {
        return addListener(LookedUpEvent.class, listener);
    }

    Registration addTownChosenListener(ComponentEventListener<TownChosenEvent> listener) {
        return addListener(TownChosenEvent.class, listener);
    }

    Registration addCodeCorrectedListener(ComponentEventListener<CodeCorrectedEvent> listener) {
        return addListener(CodeCorrectedEvent.class, listener);
    }

    /** The code as 123-4567 once all seven digits are there. */
    Optional<String> completeCode() {
        String code = normalisedPostalCode(postalCode.getValue());
        return code.matches(COMPLETE) ? Optional.of(code) : Optional.empty();
    }

    /** Asks the directory about a complete code; several towns are offered to pick. */
    private void lookUp() {
        Optional<String> code = completeCode();
        if (code.isEmpty()) {
            postalHint.setVisible(false);
            return;
        }
        Optional<PostalCodeDto> found;
        try {
            found = backend.postalCode(code.get(), locale);
        } catch (ApiProblemException | ProcessingException e) {
            // The lookup only helps: when it cannot answer, the customer types the address themselves.
            return;
        }
        List<PostalAddressDto> places = found.map(PostalCodeDto::addresses).orElse(List.of());
        List<String> towns = places.stream().map(PostalAddressDto::town).filter(t -> t != null && !t.isBlank())
                .distinct().toList();
        if (towns.size() > 1) {
            offerTowns(towns);
        }
        fireEvent(new LookedUpEvent(this, places.stream().findFirst(), towns));
    }

    private void offerTowns(List<String> towns) {
        postalHint.removeAll();
        postalHint.removeClassName("ok");
        postalHint.add(new Span(getTranslation("portal.address.chooseTown") + " "));
        for (String town : towns) {
            Button pick = new Button(town, e -> {
                postalHint.setVisible(false);
                fireEvent(new TownChosenEvent(this, town));
            });
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            pick.addClassName("town-choice");
            postalHint.add(pick);
        }
        postalHint.setVisible(true);
    }

    void hideHint() {
        postalHint.setVisible(false);
    }

    /** Shows what the address check doubts about the code, with up to three codes to take instead. */
    void doubt(AddressFindingDto finding) {
        postalHint.removeAll();
        postalHint.add(new Span(finding.message()));
        for (String suggested : finding.suggestedPostalCodes().stream().limit(3).toList()) {
            Button use = new Button(getTranslation("portal.address.useCode", suggested), e -> {
                postalCode.setValue(suggested);
                postalHint.setVisible(false);
                fireEvent(new CodeCorrectedEvent(this));
            });
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            use.addClassName("use-code");
            postalHint.add(use);
        }
        postalHint.setVisible(true);
    }

    /** Full-width digits and the long-vowel dash typed by Japanese IMEs become 123-4567. */
    static String normalisedPostalCode(String typed) {
        StringBuilder digits = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            }
        }
        return digits.length() == 7 ? digits.substring(0, 3) + "-" + digits.substring(3) : typed.strip();
    }
}
