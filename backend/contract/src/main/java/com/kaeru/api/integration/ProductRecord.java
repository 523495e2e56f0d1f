package com.kaeru.api.integration;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product with its variants as the shop system knows it. Classes with field constraints rather
 * than records: see {@code BrandingUpdate} (payara/Payara#7649).
 */
public final class ProductRecord {
    @NotBlank
    @Size(max = 100)
    @Schema(example = "linen-shirt")
    public String externalId;
    @NotBlank
    @Size(max = 200)
    @Schema(example = "リネンシャツ")
    public String nameJa;
    @NotBlank
    @Size(max = 200)
    @Schema(example = "Linen shirt")
    public String nameEn;
    @Size(max = 100)
    @Schema(example = "tops")
    public String category;
    public List<@Size(max = 40) String> tags = List.of();
    @Schema(example = "false")
    public boolean finalSale;
    /** {@code ACTIVE} (default) or {@code DISCONTINUED}. */
    @Pattern(regexp = "ACTIVE|DISCONTINUED")
    @Schema(example = "ACTIVE")
    public String status = "ACTIVE";
    @NotEmpty
    @Valid
    public List<VariantRecord> variants;

    public ProductRecord() {
    }

    public ProductRecord(String externalId, String nameJa, String nameEn, String category, List<String> tags,
                         boolean finalSale, List<VariantRecord> variants) {
        this.externalId = externalId;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.category = category;
        this.tags = tags;
        this.finalSale = finalSale;
        this.variants = variants;
    }
}
