package com.kaeru.portal.returns;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.address.AddressCheckDto;
import com.kaeru.api.address.AddressCheckRequest;
import com.kaeru.api.address.AddressFindingDto;
import com.kaeru.api.address.PostalCodeDto;
import com.kaeru.api.portal.PostalAddressDto;
import com.kaeru.client.ApiProblemException;
import com.kaeru.portal.api.PortalBackend;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A Japanese address in the order it is written: 〒 postal code first (it fills the prefecture,
 * city and town), then the block number (番地) and the building. Every keystroke is written to the
 * draft's address, so nothing typed is lost whatever happens next.
 */
class AddressForm extends Div {
    static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    final TextField name = new TextField();
    final TextField postalCode = new TextField();
    final Select<String> prefecture = new Select<>();
    final TextField city = new TextField();
    final TextField line1 = new TextField();
    final TextField line2 = new TextField();
    final TextField phone = new TextField();
    final Div postalHint = new Div();
    final Paragraph lineHint = new Paragraph();
    private final PostalAddressDto address;
    private final PortalBackend backend;
    private final Locale locale;

    AddressForm(PostalAddressDto address, PortalBackend backend, Locale locale) {
        this.address = address;
        this.backend = backend;
        this.locale = locale;
        addClassNames("card", "address-form");
        name.setId("address-name");
        name.setLabel(getTranslation("portal.address.name"));
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setMaxLength(100);
        postalCode.setId("address-postal-code");
        postalCode.setLabel(getTranslation("portal.address.postalCode"));
        postalCode.setPrefixComponent(new com.vaadin.flow.component.html.Span("〒"));
        postalCode.setPlaceholder("100-0005");
        postalCode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.POSTAL_CODE);
        postalCode.setAllowedCharPattern("[0-9０-９\\-ー－]");
        postalCode.setMaxLength(8);
        postalCode.setValueChangeMode(ValueChangeMode.EAGER);
        postalCode.getElement().setAttribute("inputmode", "numeric");
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
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        phone.setAllowedCharPattern("[0-9+\\-() ]");
        phone.setMaxLength(40);
        postalHint.setId("postal-hint");
        postalHint.addClassName("hint");
        postalHint.getElement().setAttribute("aria-live", "polite");
        postalHint.setVisible(false);
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
        postalCode.addValueChangeListener(e -> {
            address.postalCode = e.getValue();
            if (e.isFromClient()) {
                postalCodeTyped();
            }
        });
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

        add(name, postalCode, postalHint, prefecture, city, line1, lineHint, line2, phone);
    }

    /**
     * A complete postal code fills the prefecture and city (and the town while the line is still
     * empty); a code with several towns offers them to pick. Then the whole address is checked.
     */
    void postalCodeTyped() {
        String code = normalisedPostalCode(postalCode.getValue());
        if (!code.matches("\\d{3}-\\d{4}")) {
            postalHint.setVisible(false);
            return;
        }
        try {
            Optional<PostalCodeDto> found = backend.postalCode(code, locale);
            if (found.isPresent() && !found.get().addresses().isEmpty()) {
                List<com.kaeru.api.address.PostalAddressDto> towns = found.get().addresses();
                com.kaeru.api.address.PostalAddressDto first = towns.get(0);
                if (PREFECTURES.contains(first.prefecture())) {
                    prefecture.setValue(first.prefecture());
                }
                city.setValue(first.city());
                List<String> names = towns.stream().map(com.kaeru.api.address.PostalAddressDto::town)
                        .filter(t -> t != null && !t.isBlank()).distinct().toList();
                if (names.size() == 1 && line1.getValue().isBlank()) {
                    line1.setValue(names.get(0));
                } else if (names.size() > 1) {
                    offerTowns(names);
                    return;
                }
            }
        } catch (ApiProblemException | jakarta.ws.rs.ProcessingException e) {
            // The check only helps: when it cannot answer, the customer types the address themselves.
            return;
        }
        check();
    }

    private void offerTowns(List<String> towns) {
        postalHint.removeAll();
        postalHint.removeClassName("ok");
        postalHint.add(new Span(getTranslation("portal.address.chooseTown") + " "));
        for (String town : towns) {
            Button pick = new Button(town, e -> {
                line1.setValue(town);
                postalHint.setVisible(false);
                line1.focus();
            });
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            pick.addClassName("town-choice");
            postalHint.add(pick);
        }
        postalHint.setVisible(true);
    }

    /** Flags a postal code that does not match the address and a missing block number, with a suggestion. */
    void check() {
        String code = normalisedPostalCode(postalCode.getValue());
        if (!code.matches("\\d{3}-\\d{4}")) {
            return;
        }
        AddressCheckDto result;
        try {
            result = backend.checkAddress(new AddressCheckRequest(code, prefecture.getValue(), city.getValue(),
                    line1.getValue(), line2.getValue()), locale);
        } catch (ApiProblemException | jakarta.ws.rs.ProcessingException e) {
            return;
        }
        postalHint.setVisible(false);
        lineHint.setVisible(false);
        for (AddressFindingDto finding : result.findings()) {
            if ("BLOCK_NUMBER_MISSING".equals(finding.code())) {
                lineHint.setText(finding.message());
                lineHint.setVisible(true);
            } else {
                postalHint.removeAll();
                postalHint.add(new Span(finding.message()));
                for (String suggested : finding.suggestedPostalCodes().stream().limit(3).toList()) {
                    Button use = new Button(getTranslation("portal.address.useCode", suggested), e -> {
                        postalCode.setValue(suggested);
                        postalHint.setVisible(false);
                        check();
                    });
                    use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    use.addClassName("use-code");
                    postalHint.add(use);
                }
                postalHint.setVisible(true);
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
        boolean postalOk = normalisedPostalCode(postalCode.getValue()).matches("\\d{3}-\\d{4}");
        postalCode.setErrorMessage(getTranslation("portal.address.postalCode.invalid"));
        postalCode.setInvalid(!postalOk);
        prefecture.setErrorMessage(getTranslation("portal.address.required"));
        prefecture.setInvalid(prefecture.getValue() == null);
        if (postalOk) {
            address.postalCode = normalisedPostalCode(postalCode.getValue());
        }
        return ok && postalOk && prefecture.getValue() != null;
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
