package com.kaeru.portal.returns;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.address.AddressCheckDto;
import com.kaeru.api.address.AddressCheckRequest;
import com.kaeru.api.address.AddressFindingDto;
import com.kaeru.api.portal.PostalAddressDto;
import com.kaeru.client.ApiProblemException;
import com.kaeru.portal.api.PortalBackend;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.ws.rs.ProcessingException;

/**
 * A Japanese address in the order it is written: 〒 postal code first (its {@link PostalCodeLookup}
 * fills the prefecture, city and town), then the block number (番地) and the building. Every keystroke is written to the
 * draft's address, so nothing typed is lost whatever happens next.
 */
class AddressForm extends Div {
    static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    final TextField name = new TextField();
    final PostalCodeLookup lookup;
    final Select<String> prefecture = new Select<>();
    final TextField city = new TextField();
    final TextField line1 = new TextField();
    final TextField line2 = new TextField();
    final TextField phone = new TextField();
    final Paragraph lineHint = new Paragraph();
    private final PostalAddressDto address;
    private final PortalBackend backend;
    private final Locale locale;
    private final TextField postalCode;

    AddressForm(PostalAddressDto address, PortalBackend backend, Locale locale) {
        this.address = address;
        this.backend = backend;
        this.locale = locale;
        lookup = new PostalCodeLookup(backend, locale);
        postalCode = lookup.postalCode;
        addClassNames("card", "address-form");
        name.setId("address-name");
        name.setLabel(getTranslation("portal.address.name"));
        name.setAutocomplete(Autocomplete.NAME);
        name.setMaxLength(100);
        prefecture.setId("address-prefecture");
        prefecture.setLabel(getTranslation("portal.address.prefecture"));
        prefecture.setItems(PREFECTURES);
        city.setId("address-city");
        city.setLabel(getTranslation("portal.address.city"));
        city.setMaxLength(100);
        line1.setId("address-line1");
        line1.setLabel(getTranslation("portal.address.line1"));
        line1.setHelperText(getTranslation("portal.address.line1.help"));
        line1.setMaxLength(200);
        line1.setValueChangeMode(ValueChangeMode.LAZY);
        line2.setId("address-line2");
        line2.setLabel(getTranslation("portal.address.line2"));
        line2.setMaxLength(200);
        phone.setId("address-phone");
        phone.setLabel(getTranslation("portal.address.phone"));
        phone.setAutocomplete(Autocomplete.TEL);
        phone.setAllowedCharPattern("[0-9+\\-() ]");
        phone.setMaxLength(40);
        lineHint.setId("line-hint");
        lineHint.addClassName("hint");
        lineHint.getElement().setAttribute("aria-live", "polite");
        lineHint.setVisible(false);

        name.setValue(nullToEmpty(address.name));
        postalCode.setValue(nullToEmpty(address.postalCode));
        if (address.prefecture != null && PREFECTURES.contains(address.prefecture)) {
            prefecture.setValue(address.prefecture);
        }
        city.setValue(nullToEmpty(address.city));
        line1.setValue(nullToEmpty(address.line1));
        line2.setValue(nullToEmpty(address.line2));
        phone.setValue(nullToEmpty(address.phone));

        name.addValueChangeListener(e -> address.name = e.getValue());
        postalCode.addValueChangeListener(e -> address.postalCode = e.getValue());
        lookup.addLookedUpListener(this::lookedUp);
        lookup.addTownChosenListener(e -> {
            line1.setValue(e.town());
            line1.focus();
        });
        lookup.addCodeCorrectedListener(e -> check());
        prefecture.addValueChangeListener(e -> {
            address.prefecture = e.getValue();
            if (e.isFromClient()) {
                check();
            }
        });
        city.addValueChangeListener(e -> {
            address.city = e.getValue();
            if (e.isFromClient()) {
                check();
            }
        });
        line1.addValueChangeListener(e -> {
            address.line1 = e.getValue();
            if (e.isFromClient()) {
                check();
            }
        });
        line2.addValueChangeListener(e -> address.line2 = e.getValue());
        phone.addValueChangeListener(e -> address.phone = e.getValue());

        add(name, lookup, prefecture, city, line1, lineHint, line2, phone);
    }

    /**
     * A known postal code fills the prefecture and city (and the town while the line is still empty);
     * with several towns the customer picks one first. Then the whole address is checked.
     */
    private void lookedUp(PostalCodeLookup.LookedUpEvent event) {
        event.place().ifPresent(place -> {
            if (PREFECTURES.contains(place.prefecture())) {
                prefecture.setValue(place.prefecture());
            }
            city.setValue(place.city());
        });
        if (event.towns().size() > 1) {
            return;
        }
        if (event.towns().size() == 1 && line1.getValue().isBlank()) {
            line1.setValue(event.towns().get(0));
        }
        check();
    }

    /** Flags a postal code that does not match the address and a missing block number, with a suggestion. */
    void check() {
        Optional<String> code = lookup.completeCode();
        if (code.isEmpty()) {
            return;
        }
        AddressCheckDto result;
        try {
            result = backend.checkAddress(new AddressCheckRequest(code.get(), prefecture.getValue(), city.getValue(),
                    line1.getValue(), line2.getValue()), locale);
        } catch (ApiProblemException | ProcessingException e) {
            return;
        }
        lookup.hideHint();
        lineHint.setVisible(false);
        for (AddressFindingDto finding : result.findings()) {
            if ("BLOCK_NUMBER_MISSING".equals(finding.code())) {
                lineHint.setText(finding.message());
                lineHint.setVisible(true);
            } else {
                lookup.doubt(finding);
            }
        }
    }

    /** Marks empty required fields and a malformed postal code; true when the form can be sent. */
    boolean validate() {
        boolean ok = true;
        for (TextField field : List.of(name, city, line1)) {
            boolean empty = field.getValue().isBlank();
            field.setErrorMessage(getTranslation("portal.address.required"));
            field.setInvalid(empty);
            ok &= !empty;
        }
        Optional<String> complete = lookup.completeCode();
        boolean postalOk = complete.isPresent();
        postalCode.setErrorMessage(getTranslation("portal.address.postalCode.invalid"));
        postalCode.setInvalid(!postalOk);
        prefecture.setErrorMessage(getTranslation("portal.address.required"));
        prefecture.setInvalid(prefecture.getValue() == null);
        complete.ifPresent(code -> address.postalCode = code);
        return ok && postalOk && prefecture.getValue() != null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
