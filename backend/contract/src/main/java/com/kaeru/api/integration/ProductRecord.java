package com.kaeru.api.integration;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A product with its variants as the shop system knows it. Classes with field constraints rather
 * than records: see {@code BrandingUpdate} (payara/Payara#7649).
 */
public final class ProductRecord {
    @NotBlank
    @Size(max = 100)
    public String externalId;
    @NotBlank
    @Size(max = 200)
    public String nameJa;
    @NotBlank
    @Size(max = 200)
    public String nameEn;
    @Size(max = 100)
    public String category;
    public List<@Size(max = 40) String> tags = List.of();
    public boolean finalSale;
    /** {@code ACTIVE} (default) or {@code DISCONTINUED}. */
    @Pattern(regexp = "ACTIVE|DISCONTINUED")
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
