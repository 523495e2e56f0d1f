package com.kaeru.admin.settings;

import java.util.List;

import com.kaeru.api.settings.ReturnAddressUpdate;
import com.kaeru.api.shops.ReturnAddressDto;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The return address: the recipient of the prepaid labels, in Japanese order (〒, prefecture,
 * city, block and building, then who receives it). The Binder insists on what must be there;
 * the backend checks the formats (and normalises the postal code), its field errors land here.
 */
public class ReturnAddressForm extends SettingsForm<ReturnAddressForm.Bean> {
    /** The 47 prefectures in the JIS X 0401 order (north to south), as Japanese address forms list them. */
    static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    private final H2 title = new H2();
    private final Paragraph help = new Paragraph();
    final TextField postalCode = new TextField();
    final ComboBox<String> prefecture = new ComboBox<>();
    final TextField city = new TextField();
    final TextField addressLine = new TextField();
    final TextField recipient = new TextField();
    final TextField phone = new TextField();
    private boolean none = true;

    public ReturnAddressForm() {
        super(Bean.class, "address-save");
        setId("return-address-form");
        postalCode.setId("address-postal-code");
        postalCode.setMaxLength(8);
        postalCode.setPlaceholder("123-4567");
        postalCode.setPrefixComponent(new Span("〒"));
        prefecture.setId("address-prefecture");
        prefecture.setItems(PREFECTURES);
        city.setId("address-city");
        city.setMaxLength(100);
        addressLine.setId("address-line");
        addressLine.setMaxLength(200);
        recipient.setId("address-recipient");
        recipient.setMaxLength(120);
        phone.setId("address-phone");
        phone.setMaxLength(20);
        help.setId("address-help");
        bindRequired(postalCode, "postalCode");
        binder.forField(prefecture).asRequired(c -> getTranslation("admin.settings.validation.required"))
                .bind("prefecture");
        bindRequired(city, "city");
        bindRequired(addressLine, "addressLine");
        bindRequired(recipient, "recipient");
        binder.forField(phone).bind("phone");
        // Japanese order, as the label prints it.
        FormLayout address = new FormLayout(postalCode, prefecture, city, addressLine, recipient, phone);
        address.setId("return-address");
        add(title, help, address, save);
    }

    private void bindRequired(TextField field, String property) {
        binder.forField(field).asRequired(c -> getTranslation("admin.settings.validation.required")).bind(property);
    }

    /** Shows the address the backend has now (normalised), or empty fields when there is none yet. */
    public void read(ReturnAddressDto a) {
        none = a == null;
        Bean bean = new Bean();
        if (a != null) {
            bean.postalCode = a.postalCode();
            bean.prefecture = a.prefecture();
            bean.city = a.city();
            bean.addressLine = a.addressLine();
            bean.recipient = a.recipient();
            bean.phone = a.phone() == null ? "" : a.phone();
        }
        edit(bean);
        texts();
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.settings.address"));
        help.setText(getTranslation(none ? "admin.settings.address.none" : "admin.settings.address.help"));
        postalCode.setLabel(getTranslation("admin.settings.address.postalCode"));
        prefecture.setLabel(getTranslation("admin.settings.address.prefecture"));
        city.setLabel(getTranslation("admin.settings.address.city"));
        addressLine.setLabel(getTranslation("admin.settings.address.line"));
        recipient.setLabel(getTranslation("admin.settings.address.recipient"));
        phone.setLabel(getTranslation("admin.settings.address.phone"));
        save.setText(getTranslation("admin.settings.address.save"));
    }

    /** What the form edits; property names are the API's. */
    public static class Bean {
        private String postalCode = "";
        private String prefecture;
        private String city = "";
        private String addressLine = "";
        private String recipient = "";
        private String phone = "";

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getPrefecture() {
            return prefecture;
        }

        public void setPrefecture(String prefecture) {
            this.prefecture = prefecture;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getAddressLine() {
            return addressLine;
        }

        public void setAddressLine(String addressLine) {
            this.addressLine = addressLine;
        }

        public String getRecipient() {
            return recipient;
        }

        public void setRecipient(String recipient) {
            this.recipient = recipient;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        /** No phone is no phone, not an empty one. */
        ReturnAddressUpdate update() {
            return new ReturnAddressUpdate(postalCode, prefecture, city, addressLine, recipient,
                    phone == null || phone.isBlank() ? null : phone);
        }
    }
}
