package com.kaeru.api.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A template's text (Mustache: {@code {{shopName}}}, {@code {{rma}}}, {@code {{amount}}}, ...). */
public final class TemplateUpdate {
    @NotBlank
    @Size(max = 300)
    public String subject;
    @NotBlank
    @Size(max = 10000)
    public String body;

    public TemplateUpdate() {
    }

    public TemplateUpdate(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }
}
