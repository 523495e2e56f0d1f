package com.kaeru.api.portal;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The customer's rating of a completed return: 1–5 stars and an optional comment. Stars outside 1–5 are a 422
 * problem (checked by the service, so the message names the range).
 */
@Schema(example = """
        {"stars":5,"comment":"交換品がすぐに届きました。ありがとうございました。"}""")
public final class ReturnRating {
    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;
    public static final int MAX_COMMENT_LENGTH = 1000;

    @Schema(description = "1 (very dissatisfied) to 5 (very satisfied)", example = "5")
    public Integer stars;

    @Size(max = MAX_COMMENT_LENGTH)
    public String comment;

    public ReturnRating() {
    }

    public ReturnRating(Integer stars, String comment) {
        this.stars = stars;
        this.comment = comment;
    }
}
