package com.kaeru.backend.integration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import com.kaeru.api.integration.ProductRecord;
import com.kaeru.api.integration.StockRecord;
import org.junit.jupiter.api.Test;

class CsvCatalogFileTest {

    private static final String CATALOG = """
            product_id,name_ja,name_en,category,tags,final_sale,status,sku,size,color,price,restock_date
            P-1,リネンシャツ,Linen shirt,shirts,linen|summer,false,,SA-SHIRT-S,S,白,"6,000",
            P-1,リネンシャツ,Linen shirt,shirts,linen|summer,false,,SA-SHIRT-M,M,白,6000,2026/12/20
            P-2,靴下～,Socks,socks,,true,DISCONTINUED,SA-SOCKS,,,800,
            """;

    @Test
    void shiftJisCatalogRowsBecomeProductsWithTheirVariants() {
        var result = CsvCatalogFile.products(CATALOG.getBytes(CsvOrderFile.SHIFT_JIS), null);
        assertThat(result.charset()).isEqualTo(CsvOrderFile.SHIFT_JIS);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.valid()).extracting(p -> p.externalId).containsExactly("P-1", "P-2");
        ProductRecord shirt = result.valid().get(0);
        assertThat(shirt.nameJa).isEqualTo("リネンシャツ");
        assertThat(shirt.tags).containsExactly("linen", "summer");
        assertThat(shirt.status).isEqualTo("ACTIVE");
        assertThat(shirt.variants).extracting(v -> v.sku).containsExactly("SA-SHIRT-S", "SA-SHIRT-M");
        assertThat(shirt.variants.get(0).priceMinor).isEqualTo(6000);
        assertThat(shirt.variants.get(0).color).isEqualTo("白");
        assertThat(shirt.variants.get(1).restockDate).isEqualTo(LocalDate.of(2026, 12, 20));
        ProductRecord socks = result.valid().get(1);
        assertThat(socks.nameJa).isEqualTo("靴下～");
        assertThat(socks.finalSale).isTrue();
        assertThat(socks.status).isEqualTo("DISCONTINUED");
        assertThat(socks.variants.get(0).size).isNull();
    }

    @Test
    void aDuplicatedSkuLeavesOutEveryProductWithARowOfItAndBadValuesAreReportedPerRow() {
        String csv = """
                product_id,name_ja,name_en,sku,price,final_sale
                P-1,シャツ,Shirt,SKU-1,1000,
                P-2,パンツ,Pants,SKU-1,2000,
                P-3,帽子,Hat,SKU-3,-5,maybe
                P-4,靴,Shoes,SKU-4,3000,
                """;
        var result = CsvCatalogFile.products(csv.getBytes(StandardCharsets.UTF_8), null);
        assertThat(result.valid()).extracting(p -> p.externalId).containsExactly("P-4");
        assertThat(result.invalid()).isEqualTo(3);
        assertThat(result.errors()).extracting(CsvOrderFile.RowError::line, CsvOrderFile.RowError::column,
                CsvOrderFile.RowError::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "sku", "import.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(4L, "price", "import.error.amount"),
                org.assertj.core.groups.Tuple.tuple(4L, "final_sale", "import.error.boolean"));
        assertThat(result.errors().get(0).messageJa()).contains("重複");
    }

    @Test
    void unknownAndMissingColumnsAreProblemsOfLineOne() {
        var unknown = CsvCatalogFile.stock("sku,sellable,colour\nSKU-1,3,red\n".getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(unknown.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("colour");
            assertThat(e.key()).isEqualTo("import.error.unknownColumn");
        });
        assertThat(unknown.valid()).hasSize(1); // the rows are fine; ALL_OR_NOTHING still refuses the file
        var missing = CsvCatalogFile.stock("sku,qty\nSKU-1,3\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(missing.errors()).extracting(CsvOrderFile.RowError::column).containsExactly("sellable");
        assertThat(missing.valid()).isEmpty();
    }

    @Test
    void stockRowsAreCountsPerSkuAndLocationAndAKeyTwiceIsLeftOut() {
        String csv = """
                sku,sellable,outlet,location,as_of
                SKU-1,"1,200",3,,2026-12-01T09:00:00+09:00
                SKU-2,5,,WH-2,
                SKU-3,4,,,
                SKU-3,6,,,
                SKU-4,-1,,,
                "SKU-5,7
                """;
        var result = CsvCatalogFile.stock(csv.getBytes(StandardCharsets.UTF_8), null);
        assertThat(result.valid()).isEmpty(); // the quote left open makes the file malformed: nothing to import
        assertThat(result.errors()).extracting(CsvOrderFile.RowError::key).contains("import.error.malformed");

        var fine = CsvCatalogFile.stock(csv.substring(0, csv.indexOf("\"SKU-5")).getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(fine.valid()).extracting(r -> r.sku).containsExactly("SKU-1", "SKU-2");
        StockRecord first = fine.valid().get(0);
        assertThat(first.sellable).isEqualTo(1200);
        assertThat(first.outlet).isEqualTo(3);
        assertThat(first.location).isNull();
        assertThat(first.asOf).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(fine.valid().get(1).location).isEqualTo("WH-2");
        assertThat(fine.errors()).extracting(CsvOrderFile.RowError::line, CsvOrderFile.RowError::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "import.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(6L, "import.error.units"));
    }
}
