package com.kaeru.api.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer's answer to the shop's question about a return, written on the portal's status page. */
@Schema(example = """
        {"message":"左袖の汚れは届いた時からありました。写真を追加しました。"}""")
public final class QuestionAnswer {
    public static final int MAX_LENGTH = 1000;

    @NotBlank
    @Size(max = MAX_LENGTH)
    public String message;

    public QuestionAnswer() {
    }

    public QuestionAnswer(String message) {
        this.message = message;
    }
}
