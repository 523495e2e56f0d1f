package com.kaeru.admin.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.kaeru.api.settings.ShopSettingsDto;
import com.kaeru.api.settings.ShopSettingsUpdate;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.WindowAnchor;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * How the shop runs returns: languages, the refund deadline, the approval limit (changed only
 * with a second manager, see {@link ApprovalLimitPanel}), the return window's anchor and the
 * return and refund methods offered. Rules that span fields (the default language must be
 * offered, at least one refund method) stay the backend's; its field errors land here.
 */
public class OperationsForm extends SettingsForm<OperationsForm.Bean> {
    private static final List<String> LANGUAGES = List.of("ja", "en");

    private final H2 title = new H2();
    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final Select<String> defaultLanguage = new Select<>();
    final IntegerField deadlineHours = new IntegerField();
    final IntegerField approvalLimit = new IntegerField();
    final Select<WindowAnchor> anchor = new Select<>();
    final CheckboxGroup<ReturnMethod> methods = new CheckboxGroup<>();
    final CheckboxGroup<RefundMethod> refundMethods = new CheckboxGroup<>();
    private ShopSettingsDto settings;

    public OperationsForm(ApprovalLimitPanel pending) {
        super(Bean.class, "settings-save");
        setId("operations-form");
        languages.setId("languages");
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(OperationsForm::languageName);
        defaultLanguage.setId("default-language");
        defaultLanguage.setItems(LANGUAGES);
        defaultLanguage.setItemLabelGenerator(OperationsForm::languageName);
        deadlineHours.setId("refund-deadline");
        deadlineHours.setMin(1);
        deadlineHours.setMax(720);
        deadlineHours.setStepButtonsVisible(true);
        approvalLimit.setId("approval-limit");
        approvalLimit.setMin(0);
        anchor.setId("window-anchor");
        anchor.setItems(WindowAnchor.values());
        anchor.setItemLabelGenerator(a -> getTranslation("admin.settings.anchor." + a));
        methods.setId("return-methods");
        methods.setItemLabelGenerator(m -> getTranslation("admin.method." + m));
        refundMethods.setId("refund-methods");
        refundMethods.setItemLabelGenerator(m -> getTranslation("admin.refundMethod." + m));

        binder.forField(languages).bind("languages");
        binder.forField(defaultLanguage).asRequired(c -> getTranslation("admin.settings.validation.required"))
                .bind("defaultLanguage");
        binder.forField(deadlineHours).asRequired(c -> getTranslation("admin.settings.validation.required"))
                .withValidator(h -> h >= 1 && h <= 720, c -> getTranslation("admin.settings.validation.deadline", 1, 720))
                .bind("refundDeadlineHours");
        binder.forField(approvalLimit).asRequired(c -> getTranslation("admin.settings.validation.required"))
                .withValidator(l -> l >= 0, c -> getTranslation("admin.settings.validation.notNegative"))
                .bind("refundApprovalLimitMinor");
        binder.forField(anchor).asRequired(c -> getTranslation("admin.settings.validation.required"))
                .bind("returnWindowAnchor");
        binder.forField(methods).bind("returnMethods");
        binder.forField(refundMethods).bind("refundMethods");
        add(title, new FormLayout(languages, defaultLanguage, deadlineHours, approvalLimit, anchor, methods,
                refundMethods), pending, save);
    }

    private static String languageName(String language) {
        return "ja".equals(language) ? "日本語" : "English";
    }

    /** Shows the settings as the backend has them now. */
    public void read(ShopSettingsDto settings) {
        this.settings = settings;
        methods.setItems(settings.supportedReturnMethods());
        refundMethods.setItems(settings.supportedRefundMethods());
        Bean bean = new Bean();
        bean.setLanguages(new LinkedHashSet<>(settings.languages()));
        bean.setDefaultLanguage(settings.defaultLanguage());
        bean.setRefundDeadlineHours(settings.refundDeadlineHours());
        bean.setRefundApprovalLimitMinor((int) Math.min(Integer.MAX_VALUE, settings.refundApprovalLimitMinor()));
        bean.setReturnWindowAnchor(settings.returnWindowAnchor());
        bean.setReturnMethods(new LinkedHashSet<>(settings.returnMethods()));
        bean.setRefundMethods(new LinkedHashSet<>(settings.refundMethods()));
        edit(bean);
        texts();
    }

    /** The update to send: ticked methods in the shop's order of preference, languages in a fixed order. */
    ShopSettingsUpdate update(Bean bean) {
        return new ShopSettingsUpdate(bean.getDefaultLanguage(),
                LANGUAGES.stream().filter(bean.getLanguages()::contains).toList(), bean.getRefundDeadlineHours(),
                bean.getRefundApprovalLimitMinor(), bean.getReturnWindowAnchor(),
                inPreferenceOrder(settings.returnMethods(), settings.supportedReturnMethods(), bean.getReturnMethods()),
                inPreferenceOrder(settings.refundMethods(), settings.supportedRefundMethods(), bean.getRefundMethods()));
    }

    /** What is ticked, in the shop's order of preference for what it already offered; new ones go last. */
    static <T> List<T> inPreferenceOrder(List<T> offered, List<T> supported, Set<T> ticked) {
        List<T> chosen = new ArrayList<>(offered.stream().filter(ticked::contains).toList());
        supported.stream().filter(m -> ticked.contains(m) && !chosen.contains(m)).forEach(chosen::add);
        return chosen;
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.settings.operations"));
        languages.setLabel(getTranslation("admin.settings.languages"));
        defaultLanguage.setLabel(getTranslation("admin.settings.defaultLanguage"));
        deadlineHours.setLabel(getTranslation("admin.settings.deadline"));
        deadlineHours.setHelperText(getTranslation("admin.settings.deadlineHelp"));
        // The field checks its own min and max first; it must say the same as the Binder would.
        String deadline = getTranslation("admin.settings.validation.deadline", 1, 720);
        deadlineHours.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(deadline)
                .setMaxErrorMessage(deadline));
        approvalLimit.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("admin.settings.validation.notNegative")));
        approvalLimit.setLabel(getTranslation("admin.settings.approvalLimit", settings == null ? "" : settings.currency()));
        approvalLimit.setHelperText(getTranslation("admin.settings.approvalLimitHelp"));
        anchor.setLabel(getTranslation("admin.settings.anchor"));
        methods.setLabel(getTranslation("admin.settings.methods"));
        refundMethods.setLabel(getTranslation("admin.settings.refundMethods"));
        refundMethods.setHelperText(getTranslation("admin.settings.refundMethodsHelp"));
        save.setText(getTranslation("admin.settings.save"));
    }

    /** What the form edits; property names are the API's, so its field errors find their inputs. */
    public static class Bean {
        private Set<String> languages = Set.of();
        private String defaultLanguage;
        private Integer refundDeadlineHours;
        private Integer refundApprovalLimitMinor;
        private WindowAnchor returnWindowAnchor;
        private Set<ReturnMethod> returnMethods = Set.of();
        private Set<RefundMethod> refundMethods = Set.of();

        public Set<String> getLanguages() {
            return languages;
        }

        public void setLanguages(Set<String> languages) {
            this.languages = languages;
        }

        public String getDefaultLanguage() {
            return defaultLanguage;
        }

        public void setDefaultLanguage(String defaultLanguage) {
            this.defaultLanguage = defaultLanguage;
        }

        public Integer getRefundDeadlineHours() {
            return refundDeadlineHours;
        }

        public void setRefundDeadlineHours(Integer refundDeadlineHours) {
            this.refundDeadlineHours = refundDeadlineHours;
        }

        public Integer getRefundApprovalLimitMinor() {
            return refundApprovalLimitMinor;
        }

        public void setRefundApprovalLimitMinor(Integer refundApprovalLimitMinor) {
            this.refundApprovalLimitMinor = refundApprovalLimitMinor;
        }

        public WindowAnchor getReturnWindowAnchor() {
            return returnWindowAnchor;
        }

        public void setReturnWindowAnchor(WindowAnchor returnWindowAnchor) {
            this.returnWindowAnchor = returnWindowAnchor;
        }

        public Set<ReturnMethod> getReturnMethods() {
            return returnMethods;
        }

        public void setReturnMethods(Set<ReturnMethod> returnMethods) {
            this.returnMethods = returnMethods;
        }

        public Set<RefundMethod> getRefundMethods() {
            return refundMethods;
        }

        public void setRefundMethods(Set<RefundMethod> refundMethods) {
            this.refundMethods = refundMethods;
        }
    }
}
