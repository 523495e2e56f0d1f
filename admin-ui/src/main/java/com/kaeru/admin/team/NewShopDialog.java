package com.kaeru.admin.team;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.kaeru.api.problem.Problem;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.team.NewShopRequest;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Opens a client shop: address, name, language, time zone, currency, brand colour. */
class NewShopDialog extends Dialog {
    private static final List<String> CURRENCIES = List.of("JPY", "USD", "EUR", "KRW", "TWD", "CNY", "HKD", "SGD");

    final TextField slug = new TextField();
    final TextField name = new TextField();
    final Select<String> language = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final ComboBox<String> currency = new ComboBox<>();
    final TextField brandColor = new TextField();
    final Paragraph error = new Paragraph();

    NewShopDialog(Function<NewShopRequest, ShopDto> create, Consumer<ShopDto> created) {
        setId("new-shop-dialog");
        setHeaderTitle(getTranslation("admin.agency.create.title"));
        slug.setId("new-shop-slug");
        slug.setLabel(getTranslation("admin.agency.slug"));
        slug.setHelperText(getTranslation("admin.agency.slug.help"));
        slug.setRequired(true);
        slug.setMaxLength(63);
        name.setId("new-shop-name");
        name.setLabel(getTranslation("admin.agency.name"));
        name.setRequired(true);
        name.setMaxLength(80);
        language.setId("new-shop-language");
        language.setLabel(getTranslation("admin.agency.language"));
        language.setItems("ja", "en");
        language.setItemLabelGenerator(l -> "ja".equals(l) ? "日本語" : "English");
        language.setValue("ja");
        timeZone.setId("new-shop-time-zone");
        timeZone.setLabel(getTranslation("admin.agency.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue("Asia/Tokyo");
        currency.setId("new-shop-currency");
        currency.setLabel(getTranslation("admin.agency.currency"));
        currency.setItems(CURRENCIES);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(e -> currency.setValue(e.getDetail()));
        currency.setValue("JPY");
        brandColor.setId("new-shop-brand-color");
        brandColor.setLabel(getTranslation("admin.agency.brandColor"));
        brandColor.setValue("#2F6F5E");
        brandColor.setMaxLength(7);
        error.setId("new-shop-error");
        error.addClassName("form-error");
        error.setVisible(false);
        add(new FormLayout(slug, name, language, timeZone, currency, brandColor), error);

        Button save = new Button(getTranslation("admin.agency.create.save"), e -> {
            try {
                ShopDto shop = create.apply(new NewShopRequest(slug.getValue().strip(), name.getValue(),
                        language.getValue(), timeZone.getValue(), currency.getValue(), brandColor.getValue().strip()));
                close();
                created.accept(shop);
            } catch (ApiProblemException refused) {
                showRefusal(refused.problem());
            }
        });
        save.setId("new-shop-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
    }

    private void showRefusal(Problem problem) {
        error.setText(problem.detail());
        error.setVisible(true);
        Map<String, HasValidation> fields = Map.of("slug", slug, "name", name, "timeZone", timeZone,
                "currency", currency, "brandColor", brandColor);
        fields.values().forEach(f -> f.setInvalid(false));
        for (Problem.FieldError field : problem.errors()) {
            HasValidation target = fields.get(field.field());
            if (target != null) {
                target.setErrorMessage(field.message());
                target.setInvalid(true);
            }
        }
    }
}
