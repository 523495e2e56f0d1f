package com.kaeru.admin.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.kaeru.api.settings.ReasonSettingDto;
import com.kaeru.api.settings.ReasonUpdate;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One return reason: the code (typed once, then fixed: reports group by it), the parent, both
 * labels, the place in the list and whether it is offered. {@link ReasonsView} shows it in a
 * dialog, sends it and hands back the backend's field errors.
 */
public class ReasonForm extends SettingsForm<ReasonForm.Bean> {
    static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

    final TextField code = new TextField();
    final Select<String> parent = new Select<>();
    final TextField labelJa = new TextField();
    final TextField labelEn = new TextField();
    final IntegerField position = new IntegerField();
    final Checkbox active = new Checkbox();

    /** Edits {@code existing} (null: a new reason) among {@code reasons}, labelled with {@code label}. */
    public ReasonForm(List<ReasonSettingDto> reasons, ReasonSettingDto existing,
                      Function<ReasonSettingDto, String> label) {
        super(Bean.class, "reason-save");
        code.setId("reason-code");
        // No field pattern: it would judge the code before the stray spaces are trimmed; the Binder checks it.
        code.setRequiredIndicatorVisible(true);
        parent.setId("reason-parent");
        String self = existing == null ? null : existing.code();
        List<String> tops = new ArrayList<>(List.of(""));
        reasons.stream().filter(p -> p.parentCode() == null && !p.code().equals(self)).map(ReasonSettingDto::code)
                .forEach(tops::add);
        parent.setItems(tops);
        parent.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("admin.reasons.topLevel")
                : reasons.stream().filter(p -> p.code().equals(c)).findFirst().map(label).orElse(c));
        labelJa.setId("reason-label-ja");
        labelEn.setId("reason-label-en");
        labelJa.setMaxLength(120);
        labelEn.setMaxLength(120);
        position.setId("reason-position");
        position.setMin(0);
        active.setId("reason-active");

        binder.forField(code).withValidator(c -> c.strip().matches(CODE), c -> getTranslation("admin.reasons.codeHelp"))
                .bind("code");
        binder.forField(parent).withNullRepresentation("").bind("parentCode");
        binder.forField(labelJa).withValidator(v -> !v.isBlank(), c -> getTranslation("admin.reasons.labelRequired"))
                .bind("labelJa");
        binder.forField(labelEn).withValidator(v -> !v.isBlank(), c -> getTranslation("admin.reasons.labelRequired"))
                .bind("labelEn");
        binder.forField(position).bind("position");
        binder.forField(active).bind("active");

        Bean bean = new Bean();
        if (existing != null) {
            bean.code = existing.code();
            bean.parentCode = existing.parentCode();
            bean.labelJa = existing.labelJa();
            bean.labelEn = existing.labelEn();
            bean.position = existing.position();
            bean.active = existing.active();
        } else {
            bean.position = reasons.size() * 10 + 10;
        }
        edit(bean);
        code.setReadOnly(existing != null);
        add(new FormLayout(code, parent, labelJa, labelEn, position, active));
        texts();
    }

    @Override
    protected void texts() {
        code.setLabel(getTranslation("admin.reasons.code"));
        code.setHelperText(getTranslation("admin.reasons.codeHelp"));
        parent.setLabel(getTranslation("admin.reasons.parent"));
        labelJa.setLabel(getTranslation("admin.reasons.labelJa"));
        labelEn.setLabel(getTranslation("admin.reasons.labelEn"));
        position.setLabel(getTranslation("admin.reasons.position"));
        active.setLabel(getTranslation("admin.reasons.active"));
        save.setText(getTranslation("admin.reasons.save"));
    }

    /** What the form edits; property names are the API's, so its field errors find their inputs. */
    public static class Bean {
        private String code = "";
        private String parentCode;
        private String labelJa = "";
        private String labelEn = "";
        private Integer position;
        private boolean active = true;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getParentCode() {
            return parentCode;
        }

        public void setParentCode(String parentCode) {
            this.parentCode = parentCode;
        }

        public String getLabelJa() {
            return labelJa;
        }

        public void setLabelJa(String labelJa) {
            this.labelJa = labelJa;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        /** The code as sent: typed codes lose stray spaces. */
        String trimmedCode() {
            return code.strip();
        }

        ReasonUpdate update() {
            return new ReasonUpdate(parentCode, labelJa, labelEn, position == null ? 0 : Math.max(0, position), active);
        }
    }
}
