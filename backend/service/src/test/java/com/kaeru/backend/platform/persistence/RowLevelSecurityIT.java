package com.kaeru.backend.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kaeru.backend.it.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database wall of tenancy, tested with raw SQL as the application role: the migrations apply
 * to an empty database, and row-level security alone keeps shops apart, whatever the query says.
 */
class RowLevelSecurityIT {
    private static final String DB = "rls_check";
    private static MigrateResult migration;
    private static long shopA;
    private static long shopB;
    private static long shopC;

    @BeforeAll
    static void migrateEmptyDatabaseAndSeedTwoShops() throws SQLException {
        try (Connection admin = DriverManager.getConnection(TestDatabase.jdbcUrl("postgres"), "postgres", "");
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + DB);
            s.execute("create database " + DB + " owner kaeru_owner");
            s.execute("grant connect on database " + DB + " to kaeru_app");
        }
        migration = Flyway.configure()
                .dataSource(TestDatabase.jdbcUrl(DB), "kaeru_owner", "kaeru_owner")
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", "kaeru_app"))
                .load().migrate();
        try (Connection app = app()) {
            app.setAutoCommit(false);
            shopA = insertShop(app, "shop-a");
            shopB = insertShop(app, "shop-b");
            shopC = insertShop(app, "shop-c");
            app.commit();
            insertReasonAs(app, shopA, shopA, "A_ONLY");
            insertReasonAs(app, shopB, shopB, "B_ONLY");
            insertReasonAs(app, shopC, shopC, "C_ONLY");
        }
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(DB), "kaeru_app", "kaeru_app");
    }

    private static long insertShop(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into shop (slug, name) values (?, ?) returning id")) {
            ps.setString(1, slug);
            ps.setString(2, slug);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** In one transaction bound to {@code tenant}, inserts a reason for {@code owner}. */
    private static void insertReasonAs(Connection c, Long tenant, long owner, String code) throws SQLException {
        c.setAutoCommit(false);
        try {
            bind(c, tenant);
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into return_reason (shop_id, code, label_ja, label_en) values (?, ?, 'ラベル', 'label')")) {
                ps.setLong(1, owner);
                ps.setString(2, code);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static void bind(Connection c, Long tenant) throws SQLException {
        if (tenant != null) {
            try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                ps.setString(1, tenant.toString());
                ps.execute();
            }
        }
    }

    /** Codes visible in one transaction bound to {@code tenant} (or to none), for a query asking for every shop. */
    private static List<String> visibleCodes(Connection c, Long tenant) throws SQLException {
        c.setAutoCommit(false);
        bind(c, tenant);
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code from return_reason order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        c.commit();
        return codes;
    }

    @Test
    void migrationsApplyToAnEmptyDatabase() {
        assertThat(migration.success).isTrue();
        assertThat(migration.migrationsExecuted).isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyTableWithAShopIdHasForcedRowLevelSecurity() throws SQLException {
        List<String> unprotected = new ArrayList<>();
        try (Connection c = app(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                       exists (select 1 from pg_policy p where p.polrelid = c.oid) as has_policy
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r'
                  and exists (select 1 from information_schema.columns col
                              where col.table_schema = 'public' and col.table_name = c.relname
                                and col.column_name = 'shop_id')""")) {
            while (rs.next()) {
                if (!rs.getBoolean(2) || !rs.getBoolean(3) || !rs.getBoolean(4)) {
                    unprotected.add(rs.getString(1));
                }
            }
        }
        assertThat(unprotected).as("tenant tables without FORCEd RLS and a policy").isEmpty();
    }

    @Test
    void applicationRoleCannotBypassRowLevelSecurity() throws SQLException {
        try (Connection c = app(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
            assertThat(rs.getBoolean(2)).isFalse();
        }
    }

    @Test
    void eachShopSeesOnlyItsOwnRows() throws SQLException {
        try (Connection c = app()) {
            assertThat(visibleCodes(c, shopA)).contains("A_ONLY").doesNotContain("B_ONLY");
            assertThat(visibleCodes(c, shopB)).contains("B_ONLY").doesNotContain("A_ONLY");
        }
    }

    @Test
    void transactionWithoutTenantSeesNothingAndWritesNothing() throws SQLException {
        try (Connection c = app()) {
            assertThat(visibleCodes(c, null)).isEmpty();
            assertThatThrownBy(() -> insertReasonAs(c, null, shopA, "NO_TENANT"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThat(visibleCodes(c, shopA)).doesNotContain("NO_TENANT");
        }
    }

    @Test
    void oneShopCannotWriteIntoAnother() throws SQLException {
        try (Connection c = app()) {
            assertThatThrownBy(() -> insertReasonAs(c, shopA, shopB, "SMUGGLED"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThat(visibleCodes(c, shopB)).doesNotContain("SMUGGLED");
        }
    }

    @Test
    void oneShopCannotUpdateOrDeleteAnothersRows() throws SQLException {
        try (Connection c = app()) {
            c.setAutoCommit(false);
            bind(c, shopA);
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update return_reason set label_en = 'hijacked' where code = 'B_ONLY'")).isZero();
                assertThat(s.executeUpdate("delete from return_reason where code = 'B_ONLY'")).isZero();
                assertThatThrownBy(() -> s.executeUpdate(
                        "update return_reason set shop_id = " + shopB + " where code = 'A_ONLY'"))
                        .isInstanceOf(SQLException.class);
            }
            c.rollback();
            assertThat(visibleCodes(c, shopB)).contains("B_ONLY");
        }
    }

    @Test
    void tenantSettingEndsWithTheTransaction() throws SQLException {
        try (Connection c = app()) {
            assertThat(visibleCodes(c, shopA)).contains("A_ONLY");
            // Same connection, next transaction, nothing bound: the previous tenant must not linger.
            assertThat(visibleCodes(c, null)).isEmpty();
        }
    }

    /** Binds a set of shops for reading, as an agency's "all my shops" queue does (TenantSession.bindForReading). */
    private static void bindForReading(Connection c, long... shops) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select set_config('role', 'kaeru_app_agency_reader', true), set_config('app.tenant_ids', ?, true)")) {
            ps.setString(1, ids(shops));
            ps.execute();
        }
    }

    private static String ids(long... shops) {
        return java.util.Arrays.stream(shops).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(","));
    }

    private static List<String> codes(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code from return_reason")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    @Test
    void theApplicationRoleItselfIgnoresASetOfShops() throws SQLException {
        try (Connection c = app()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_ids', ?, true)")) {
                ps.setString(1, ids(shopA, shopB));
                ps.execute();
            }
            // Without the switch to the reader role the set opens nothing: forgetting it fails closed.
            assertThat(codes(c)).isEmpty();
            c.rollback();
        }
    }

    @Test
    void aSetOfShopsBoundForReadingShowsExactlyThoseShops() throws SQLException {
        try (Connection c = app()) {
            c.setAutoCommit(false);
            bindForReading(c, shopA, shopB);
            List<String> codes = codes(c);
            c.commit();
            assertThat(codes).contains("A_ONLY", "B_ONLY").doesNotContain("C_ONLY");
            // Next transaction on the same connection: the set and the role are gone with the transaction.
            assertThat(visibleCodes(c, null)).isEmpty();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_user")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("kaeru_app");
            }
        }
    }

    @Test
    void aSetOfShopsBoundForReadingCannotWriteAnything() throws SQLException {
        try (Connection c = app()) {
            // Even with a tenant bound as well, the reader role holds no right to change anything.
            for (String write : List.of("update return_reason set label_en = 'changed' where code = 'A_ONLY'",
                    "delete from return_reason where code = 'B_ONLY'",
                    "insert into return_reason (shop_id, code, label_ja, label_en) values (" + shopA + ", 'SET_WRITE', 'x', 'x')")) {
                c.setAutoCommit(false);
                bindForReading(c, shopA, shopB);
                bind(c, shopA);
                try (Statement s = c.createStatement()) {
                    assertThatThrownBy(() -> s.executeUpdate(write)).isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied");
                }
                c.rollback();
            }
            assertThat(visibleCodes(c, shopA)).contains("A_ONLY").doesNotContain("SET_WRITE");
        }
    }

    /** Insights' agency roll-up (V150): the reader sees the catalog, order lines and refunds of its shops only, and writes none. */
    @Test
    void theAgencyReaderSeesInsightsTablesOfItsShopsOnly() throws SQLException {
        try (Connection c = app()) {
            for (long shop : new long[]{shopA, shopB, shopC}) {
                inShop(c, shop, "insert into product (shop_id, external_id, name_ja, name_en) values (" + shop
                        + ", 'INS-P', 'シャツ', 'Shirt')");
            }
            c.setAutoCommit(false);
            bindForReading(c, shopA, shopB);
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select shop_id from product where external_id = 'INS-P' order by shop_id")) {
                    List<Long> shops = new ArrayList<>();
                    while (rs.next()) {
                        shops.add(rs.getLong(1));
                    }
                    assertThat(shops).containsExactly(shopA, shopB);
                }
                for (String table : List.of("variant", "order_line", "refund", "exchange_fulfilment")) {
                    try (ResultSet rs = s.executeQuery("select count(*) from " + table + " where shop_id = " + shopC)) {
                        rs.next();
                        assertThat(rs.getLong(1)).as(table).isZero();
                    }
                }
                assertThatThrownBy(() -> s.executeUpdate("update product set name_en = 'x' where shop_id = " + shopA))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            c.rollback();
        }
    }

    @Test
    void theBackgroundLoopsSeeWhichShopsHaveDueDeliveriesButNotTheDeliveriesThemselves() throws SQLException {
        try (Connection c = app()) {
            for (long shop : new long[]{shopA, shopB, shopC}) {
                inShop(c, shop, "insert into outbox_event (shop_id, event_type, aggregate_ref, dedupe_key, payload, "
                        + "event_id, schema_version) values (" + shop + ", 'test.due', 'R-1', 'due-" + shop + "', '{}', "
                        + "gen_random_uuid(), 1)", "insert into outbox_delivery (event_id, shop_id, consumer, available_at, "
                        + "secret) select id, shop_id, 'rls-due', now() - interval '1 minute', 'top-secret' from outbox_event "
                        + "where dedupe_key = 'due-" + shop + "'");
            }
            c.setAutoCommit(false);
            bindForReading(c, shopA, shopB); // DueShops binds every shop the same way
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select distinct shop_id from outbox_delivery where consumer = 'rls-due' "
                        + "and delivered_at is null and available_at <= now() order by shop_id")) {
                    List<Long> shops = new ArrayList<>();
                    while (rs.next()) {
                        shops.add(rs.getLong(1));
                    }
                    assertThat(shops).containsExactly(shopA, shopB);
                }
                // Only the columns that say "due" are granted: no secret, no payload, no change.
                assertThatThrownBy(() -> s.executeQuery("select secret from outbox_delivery"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            c.rollback();
            try (Statement s = c.createStatement()) {
                bindForReading(c, shopA);
                assertThatThrownBy(() -> s.executeQuery("select payload from outbox_event"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                c.rollback();
                bindForReading(c, shopA);
                assertThatThrownBy(() -> s.executeUpdate("update outbox_delivery set delivered_at = now()"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            c.rollback();
        }
    }

    @Test
    void applicationRoleCannotDeleteShops() throws SQLException {
        try (Connection c = app(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("delete from shop where id = " + shopA))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aShopBoundTransactionCanUpdateOnlyItsOwnShopRow() throws SQLException {
        try (Connection c = app()) {
            c.setAutoCommit(false);
            bind(c, shopA);
            try (Statement s = c.createStatement()) {
                // Another shop's row is out of reach: nothing changes, whatever the WHERE says.
                assertThat(s.executeUpdate("update shop set name = 'hijacked', logo_url = 'https://evil.example/x.png' "
                        + "where id = " + shopB)).isZero();
                assertThat(s.executeUpdate("update shop set name = 'hijacked'")).isEqualTo(1);
                // Nor can the own row be turned into another shop's.
                assertThatThrownBy(() -> s.executeUpdate("update shop set id = " + (shopB + 1000) + " where id = " + shopA))
                        .isInstanceOf(SQLException.class);
            }
            c.rollback();
        }
        assertThat(shopName(shopB)).isEqualTo("shop-b");
    }

    @Test
    void withoutABoundShopNoShopRowCanBeUpdatedButAllCanBeRead() throws SQLException {
        try (Connection c = app()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update shop set brand_color = '#000000'")).isZero();
                // The portal finds a shop by its slug before any shop is bound.
                try (ResultSet rs = s.executeQuery("select count(*) from shop where slug in ('shop-a', 'shop-b', 'shop-c')")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(3);
                }
            }
            c.rollback();
            // The agency reader role reads shops too, and writes none.
            bindForReading(c, shopA, shopB);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from shop")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
            }
            c.rollback();
        }
    }

    /** Runs statements in one transaction bound to {@code tenant}; returns the first column of the last one's first row. */
    private static long inShop(Connection c, long tenant, String... statements) throws SQLException {
        return inTransaction(c, tenant, statements);
    }

    /** Runs statements in one transaction bound to {@code agency} only ({@code app.agency_id}, V250); as {@link #inShop}. */
    private static long inAgency(Connection c, long agency, String... statements) throws SQLException {
        String[] all = new String[statements.length + 1];
        all[0] = "do $$ begin perform set_config('app.agency_id', '" + agency + "', true); end $$"; // no result of its own
        System.arraycopy(statements, 0, all, 1, statements.length);
        return inTransaction(c, null, all);
    }

    private static long inTransaction(Connection c, Long tenant, String... statements) throws SQLException {
        c.setAutoCommit(false);
        try {
            bind(c, tenant);
            long result = 0;
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    if (s.execute(sql)) {
                        try (ResultSet rs = s.getResultSet()) {
                            result = rs.next() ? rs.getLong(1) : 0;
                        }
                    }
                }
            }
            c.commit();
            return result;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    /** A product with one variant in {@code shop}; returns the variant id. */
    private static long variantIn(Connection c, long shop, String sku) throws SQLException {
        long product = inShop(c, shop, "insert into product (shop_id, external_id, name_ja, name_en) values (" + shop
                + ", '" + sku + "', 'x', 'x') returning id");
        return inShop(c, shop, "insert into variant (shop_id, product_id, sku, price_minor, currency) values (" + shop
                + ", " + product + ", '" + sku + "', 100, 'JPY') returning id");
    }

    private static long defaultLocation(Connection c, long shop) throws SQLException {
        return inShop(c, shop, "select id from stock_location where is_default");
    }

    @Test
    void everyShopGetsExactlyOneDefaultLocationWhenItIsCreated() throws SQLException {
        try (Connection c = app()) {
            for (long shop : new long[] {shopA, shopB, shopC}) {
                assertThat(inShop(c, shop, "select count(*) from stock_location where is_default and code = 'MAIN'"))
                        .isEqualTo(1);
                assertThat(inShop(c, shop, "select count(*) from stock_location")).isEqualTo(1);
            }
            assertThatThrownBy(() -> inShop(c, shopA, "insert into stock_location (shop_id, code, name, is_default) "
                    + "values (" + shopA + ", 'SECOND', 'x', true)")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void stockChangesOnlyThroughMovementsAndEachShopSeesOnlyItsOwnLedger() throws SQLException {
        try (Connection c = app()) {
            long variantA = variantIn(c, shopA, "RLS-STOCK-A");
            long variantB = variantIn(c, shopB, "RLS-STOCK-B");
            long mainA = defaultLocation(c, shopA);
            long mainB = defaultLocation(c, shopB);
            inShop(c, shopA, "insert into stock_movement (shop_id, location_id, variant_id, cause, actor, sellable_delta, "
                    + "reserved_delta) values (" + shopA + ", " + mainA + ", " + variantA + ", 'RECEIPT', 'it', 5, 2)");
            // The trigger applied it to the level in the same statement.
            assertThat(inShop(c, shopA, "select sellable * 100 + reserved from stock_level where variant_id = " + variantA))
                    .isEqualTo(502);
            // Units cannot be written directly, only all-zero rows (to lock) and updated_at.
            assertThatThrownBy(() -> inShop(c, shopA, "update stock_level set sellable = 50 where variant_id = " + variantA))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> inShop(c, shopA, "insert into stock_level (variant_id, location_id, shop_id, sellable) "
                    + "values (" + variantA + ", " + mainA + ", " + shopA + ", 9) on conflict do nothing"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> inShop(c, shopA, "delete from stock_movement"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            // A movement that would reserve more than is sellable is refused with its level change.
            assertThatThrownBy(() -> inShop(c, shopA, "insert into stock_movement (shop_id, location_id, variant_id, cause, "
                    + "actor, reserved_delta) values (" + shopA + ", " + mainA + ", " + variantA + ", 'RESERVATION', 'it', 4)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check");
            assertThat(inShop(c, shopA, "select count(*) from stock_movement where variant_id = " + variantA)).isEqualTo(1);
            // Another shop's variant or location cannot be referenced, nor its rows written or seen.
            assertThatThrownBy(() -> inShop(c, shopA, "insert into stock_movement (shop_id, location_id, variant_id, cause, "
                    + "actor, sellable_delta) values (" + shopA + ", " + mainA + ", " + variantB + ", 'RECEIPT', 'it', 1)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> inShop(c, shopA, "insert into stock_movement (shop_id, location_id, variant_id, cause, "
                    + "actor, sellable_delta) values (" + shopA + ", " + mainB + ", " + variantA + ", 'RECEIPT', 'it', 1)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> inShop(c, shopA, "insert into stock_movement (shop_id, location_id, variant_id, cause, "
                    + "actor, sellable_delta) values (" + shopB + ", " + mainB + ", " + variantB + ", 'RECEIPT', 'it', 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            for (String table : List.of("stock_movement", "stock_level", "stock_location", "stocktake", "stocktake_line")) {
                assertThat(inShop(c, shopB, "select count(*) from " + table + " where shop_id = " + shopA))
                        .as(table).isZero();
            }
            assertThat(inShop(c, shopB, "select count(*) from stock_movement")).isZero();
        }
    }

    @Test
    void aPurchaseOrderNamesOnlyItsOwnShopsVariantsAndLocationsAndNeverReceivesMoreThanOrdered() throws SQLException {
        try (Connection c = app()) {
            long variantA = variantIn(c, shopA, "RLS-PO-A");
            long variantB = variantIn(c, shopB, "RLS-PO-B");
            long mainA = defaultLocation(c, shopA);
            long mainB = defaultLocation(c, shopB);
            String order = "insert into purchase_order (shop_id, number, supplier, location_id, expected_date, created_by, "
                    + "created_at, updated_at) values (" + shopA + ", '%s', 'S', %d, current_date, 'it', now(), now()) returning id";
            long po = inShop(c, shopA, order.formatted("PO-RLS-1", mainA));
            assertThatThrownBy(() -> inShop(c, shopA, order.formatted("PO-RLS-2", mainB)))
                    .as("another shop's location").isInstanceOf(SQLException.class);
            String line = "insert into purchase_order_line (purchase_order_id, shop_id, position, variant_id, ordered, received) "
                    + "values (" + po + ", " + shopA + ", %d, %d, 5, %d)";
            inShop(c, shopA, line.formatted(0, variantA, 0));
            assertThatThrownBy(() -> inShop(c, shopA, line.formatted(1, variantB, 0)))
                    .as("another shop's variant").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> inShop(c, shopA, "update purchase_order_line set received = 6 where purchase_order_id = "
                    + po)).as("more than ordered").isInstanceOf(SQLException.class).hasMessageContaining("check");
            for (String table : List.of("purchase_order", "purchase_order_line", "purchase_order_receipt")) {
                assertThat(inShop(c, shopB, "select count(*) from " + table + " where shop_id = " + shopA)).as(table).isZero();
            }
            assertThat(inShop(c, shopB, "update purchase_order set supplier = 'x' where id = " + po + " returning 1")).isZero();
        }
    }

    /**
     * The tables issue 10 added after the ledger (V96–V104): exchange fulfilments, coupons and their
     * offers, reorder settings, overrides, points and digests; and the customers' ratings (V246). A row of shop A is invisible to shop B,
     * out of reach of its updates and deletes, and B cannot write a row in A's name.
     */
    @Test
    void fulfilmentsCouponsAndReplenishmentRowsStayInTheirShop() throws SQLException {
        try (Connection c = app()) {
            long variantA = variantIn(c, shopA, "RLS-I10-A");
            long productA = inShop(c, shopA, "select product_id from variant where id = " + variantA);
            long order = inShop(c, shopA, "insert into customer_order (shop_id, external_id, order_number, channel, "
                    + "customer_name, customer_email, currency, ordered_at) values (" + shopA + ", 'O-I10', 'O-I10', "
                    + "'OWN_SITE', 'x', 'x@example.jp', 'JPY', now()) returning id");
            long orderLine = inShop(c, shopA, "insert into order_line (shop_id, order_id, line_no, variant_id, quantity, "
                    + "unit_price_minor) values (" + shopA + ", " + order + ", 1, " + variantA + ", 1, 100) returning id");
            long request = inShop(c, shopA, "insert into return_request (shop_id, rma_number, order_id, status, "
                    + "customer_email) values (" + shopA + ", 'R-I10', " + order + ", 'APPROVED', 'x@example.jp') returning id");
            long line = inShop(c, shopA, "insert into return_line (shop_id, return_id, order_line_id, quantity, reason_code, "
                    + "resolution, exchange_variant_id, policy_outcome, policy_rule) values (" + shopA + ", " + request + ", "
                    + orderLine + ", 1, 'TOO_SMALL', 'EXCHANGE', " + variantA + ", 'AUTO_APPROVE', 'it') returning id");
            Map<String, String> rowsOfA = new java.util.LinkedHashMap<>();
            rowsOfA.put("exchange_fulfilment", "insert into exchange_fulfilment (shop_id, return_id, return_line_id, "
                    + "rma_number, customer_email, customer_language, variant_id, quantity, state, backordered_at, updated_at) values (%1$d, "
                    + request + ", " + line + ", 'R-I10', 'x@example.jp', 'ja', " + variantA + ", 1, 'BACKORDERED', now(), now())");
            rowsOfA.put("upgrade_payment", "insert into upgrade_payment (shop_id, return_id, idempotency_key, amount_minor, "
                    + "currency, status, requested_by, next_attempt_at) values (%1$d, " + request + ", 'R-I10:UPGRADE', 1500, "
                    + "'JPY', 'REQUESTED', 'customer', now())");
            // The customer's rating (V246).
            rowsOfA.put("return_rating", "insert into return_rating (shop_id, return_id, stars, comment, rated_at) values "
                    + "(%1$d, " + request + ", 4, 'it', now())");
            rowsOfA.put("coupon", "insert into coupon (shop_id, code, percent, expires_at, reason, issued_by) values "
                    + "(%1$d, '23456789ABCD', 10, now() + interval '30 days', 'it', 'it')");
            rowsOfA.put("coupon_offer", "insert into coupon_offer (shop_id, purpose, percent, valid_days, updated_by) values "
                    + "(%1$d, 'CANCELLED_BACKORDER', 10, 30, 'it')");
            rowsOfA.put("replenishment_settings", "insert into replenishment_settings (shop_id, lead_time_days, safety_stock, "
                    + "sales_window_days, updated_by) values (%1$d, 5, 20, 28, 'it')");
            rowsOfA.put("replenishment_override", "insert into replenishment_override (shop_id, product_id, lead_time_days, "
                    + "updated_by) values (%1$d, " + productA + ", 3, 'it')");
            rowsOfA.put("reorder_point", "insert into reorder_point (variant_id, shop_id, units_sold, window_from, window_days, "
                    + "avg_daily_sales, lead_time_days, safety_stock, backordered, reorder_point, computed_at) values ("
                    + variantA + ", %1$d, 280, current_date - 28, 28, 10, 5, 20, 0, 70, now())");
            rowsOfA.put("reorder_digest", "insert into reorder_digest (shop_id, local_date, alerts, recipients) values "
                    + "(%1$d, current_date, 1, 1)");
            for (var row : rowsOfA.entrySet()) {
                String table = row.getKey();
                // B cannot write a row in A's name (the policy's check comes before any other constraint).
                assertThatThrownBy(() -> inShop(c, shopB, row.getValue().formatted(shopA))).as(table)
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                inShop(c, shopA, row.getValue().formatted(shopA));
                assertThat(inShop(c, shopA, "select count(*) from " + table)).as(table).isEqualTo(1);
                assertThat(inShop(c, shopB, "select count(*) from " + table)).as(table).isZero();
                assertThat(rowsChangedOrRefused(c, shopB, "with d as (delete from " + table + " returning 1) "
                        + "select count(*) from d")).as(table).isZero();
                assertThat(rowsChangedOrRefused(c, shopB, "with u as (update " + table + " set shop_id = shop_id "
                        + "returning 1) select count(*) from u")).as(table).isZero();
                assertThat(inShop(c, shopA, "select count(*) from " + table)).as(table).isEqualTo(1);
            }
            // Without a shop bound nothing of them is visible either.
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : rowsOfA.keySet()) {
                    try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        assertThat(rs.getLong(1)).as(table).isZero();
                    }
                }
            }
            c.commit();
        }
    }

    /**
     * Store credit (V210): the balance row belongs to its shop, only the ledger changes it (the
     * application may not write the balance), and no entry can take it below zero.
     */
    @Test
    void storeCreditBalancesStayInTheirShopAndNeverGoNegative() throws SQLException {
        try (Connection c = app()) {
            String entry = "insert into store_credit_entry (shop_id, customer_email, amount_minor, currency, description) "
                    + "values (%d, 'rls-credit@example.jp', %d, 'JPY', 'it')";
            inShop(c, shopA, entry.formatted(shopA, 700));
            assertThat(inShop(c, shopA, "select balance_minor from store_credit_account where customer_email = "
                    + "'rls-credit@example.jp'")).isEqualTo(700);
            assertThat(inShop(c, shopB, "select count(*) from store_credit_account")).isZero();
            assertThatThrownBy(() -> inShop(c, shopB, entry.formatted(shopA, 5))).as("an entry in A's name")
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> inShop(c, shopA, "update store_credit_account set balance_minor = 99999"))
                    .as("the balance changes only through the ledger").isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> inShop(c, shopA, "update store_credit_entry set amount_minor = 99999"))
                    .as("the ledger is append-only").isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> inShop(c, shopA, entry.formatted(shopA, -701))).as("an overdraw")
                    .isInstanceOf(SQLException.class).hasMessageContaining("check");
            inShop(c, shopA, entry.formatted(shopA, -700));
            assertThat(inShop(c, shopA, "select balance_minor from store_credit_account where customer_email = "
                    + "'rls-credit@example.jp'")).isZero();
        }
    }

    @Test
    void csvImportJobsTheirErrorsAndMappingsBelongToOneShop() throws SQLException {
        try (Connection c = app()) {
            inShop(c, shopA, "insert into import_job (shop_id, kind, file_name, charset, preset, status, total_rows, "
                    + "valid_orders, invalid_orders, error_count, created_by, created_at) values (" + shopA
                    + ", 'ORDERS', 'rls-import.csv', 'UTF-8', 'GENERIC', 'PREVIEWED', 1, 0, 1, 1, 'rls', now())",
                    "insert into import_job_error (shop_id, job_id, seq, line, column_name, message_key) select " + shopA
                            + ", id, 0, 2, 'sku', 'import.error.required' from import_job where file_name = 'rls-import.csv'",
                    "insert into import_mapping (shop_id, kind, field, header, updated_at) values (" + shopA
                            + ", 'ORDERS', 'SKU', 'rls-header', now()) on conflict do nothing");
            assertThat(inShop(c, shopB, "select count(*) from import_job where file_name = 'rls-import.csv'")).isZero();
            assertThat(inShop(c, shopB, "select count(*) from import_job_error")).isZero();
            assertThat(inShop(c, shopB, "select count(*) from import_mapping")).isZero();
            assertThat(inShop(c, shopA, "select count(*) from import_job_error where message_key = 'import.error.required'"))
                    .isPositive();
            assertThat(rowsChangedOrRefused(c, shopB, "update import_job set status = 'COMMITTED'")).isZero();
            assertThatThrownBy(() -> inShop(c, shopB, "insert into import_mapping (shop_id, kind, field, header, "
                    + "updated_at) values (" + shopA + ", 'ORDERS', 'CITY', 'smuggled', now())"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aShopifySecretAndItsWebhookReceiptsBelongToOneShop() throws SQLException {
        try (Connection c = app()) {
            inShop(c, shopA, "insert into shopify_inbound (shop_id, secret, updated_at) values (" + shopA
                    + ", 'secret-of-shop-a-0123', now()) on conflict (shop_id) do update set secret = excluded.secret",
                    "insert into shopify_webhook_receipt (shop_id, webhook_id, topic, order_ref, received_at) values ("
                            + shopA + ", 'rls-hook-1', 'orders/create', 'shopify-1', now()) on conflict do nothing");
            assertThat(inShop(c, shopB, "select count(*) from shopify_inbound")).isZero();
            assertThat(inShop(c, shopB, "select count(*) from shopify_webhook_receipt")).isZero();
            assertThat(inShop(c, shopA, "select count(*) from shopify_webhook_receipt where webhook_id = 'rls-hook-1'"))
                    .isEqualTo(1);
            assertThat(rowsChangedOrRefused(c, shopB, "update shopify_inbound set secret = 'stolen-secret-0123'"))
                    .isZero();
            assertThatThrownBy(() -> inShop(c, shopB, "insert into shopify_inbound (shop_id, secret, updated_at) values ("
                    + shopA + ", 'smuggled-secret-0123', now())")).isInstanceOf(SQLException.class);
            assertThat(inShop(c, shopA, "select count(*) from shopify_inbound where secret = 'secret-of-shop-a-0123'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void insightsReportsTheirRecipientsAndSendsBelongToOneShop() throws SQLException {
        try (Connection c = app()) {
            long report = inShop(c, shopA, "insert into insights_report (shop_id, kind, period_start, period_end, language, "
                    + "status, requested_by, requested_at, generated_at, pdf, csv_utf8, csv_sjis) values (" + shopA
                    + ", 'MONTHLY', '2026-10-01', '2026-10-31', 'ja', 'READY', 'rls', now(), now(), '\\x25', '\\x61', "
                    + "'\\x61') on conflict do nothing returning id");
            inShop(c, shopA, "insert into insights_report_recipient (shop_id, email, added_by, added_at) values (" + shopA
                    + ", 'rls-report@example.jp', 'rls', now()) on conflict do nothing",
                    "insert into insights_report_send (shop_id, report_id, email, round, queued_by, queued_at) select "
                            + shopA + ", id, 'rls-report@example.jp', 0, 'rls', now() from insights_report "
                            + "where period_start = '2026-10-01' on conflict do nothing");
            assertThat(report).isPositive();
            assertThat(inShop(c, shopB, "select count(*) from insights_report")).isZero();
            assertThat(inShop(c, shopB, "select count(*) from insights_report_recipient")).isZero();
            assertThat(inShop(c, shopB, "select count(*) from insights_report_send")).isZero();
            assertThat(inShop(c, shopA, "select count(*) from insights_report_send where report_id = " + report)).isEqualTo(1);
            assertThat(rowsChangedOrRefused(c, shopB, "update insights_report set status = 'FAILED'")).isZero();
            assertThat(rowsChangedOrRefused(c, shopB, "delete from insights_report_recipient")).isZero();
            assertThatThrownBy(() -> inShop(c, shopB, "insert into insights_report_recipient (shop_id, email, added_by, "
                    + "added_at) values (" + shopA + ", 'smuggled@example.jp', 'rls', now())")).isInstanceOf(SQLException.class);
            // one report per shop, kind, period and language; a READY one always has every file
            assertThat(inShop(c, shopA, "insert into insights_report (shop_id, kind, period_start, period_end, language, "
                    + "status, requested_by, requested_at) values (" + shopA + ", 'MONTHLY', '2026-10-01', '2026-10-31', 'ja', "
                    + "'PENDING', 'rls', now()) on conflict do nothing")).isZero();
            assertThat(inShop(c, shopA, "select count(*) from insights_report where period_start = '2026-10-01'"))
                    .isEqualTo(1);
            assertThatThrownBy(() -> inShop(c, shopA, "insert into insights_report (shop_id, kind, period_start, "
                    + "period_end, language, status, requested_by, requested_at, generated_at, pdf) values (" + shopA
                    + ", 'WEEKLY', '2026-10-05', '2026-10-11', 'ja', 'READY', 'rls', now(), now(), '\\x25')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("insights_report_ready_complete");
        }
    }

    @Test
    void everyTableWithAnAgencyIdHasForcedRowLevelSecurity() throws SQLException {
        List<String> unprotected = new ArrayList<>();
        try (Connection c = app(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname, c.relrowsecurity and c.relforcerowsecurity
                       and exists (select 1 from pg_policy p where p.polrelid = c.oid)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r'
                  and exists (select 1 from information_schema.columns col
                              where col.table_schema = 'public' and col.table_name = c.relname
                                and col.column_name = 'agency_id')""")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    unprotected.add(rs.getString(1));
                }
            }
        }
        assertThat(unprotected).as("agency tables without FORCEd RLS and a policy").isEmpty();
    }

    @Test
    void agencyReportsTheirRecipientsAndSendsBelongToOneAgency() throws SQLException {
        try (Connection c = app()) {
            long agencyA = inShop(c, shopA, "insert into agency (slug, name) values ('rls-agency-a', 'A') returning id");
            long agencyB = inShop(c, shopA, "insert into agency (slug, name) values ('rls-agency-b', 'B') returning id");
            long report = inAgency(c, agencyA, "insert into agency_report (agency_id, kind, period_start, period_end, "
                    + "language, status, requested_by, requested_at, generated_at, pdf, csv_utf8, csv_sjis) values (" + agencyA
                    + ", 'MONTHLY', '2026-10-01', '2026-10-31', 'ja', 'READY', 'rls', now(), now(), '\\x25', '\\x61', "
                    + "'\\x61') returning id");
            inAgency(c, agencyA, "insert into agency_report_recipient (agency_id, email, added_by, added_at) values ("
                    + agencyA + ", 'rls-agency@example.jp', 'rls', now())",
                    "insert into agency_report_send (agency_id, report_id, email, round, queued_by, queued_at) values ("
                            + agencyA + ", " + report + ", 'rls-agency@example.jp', 0, 'rls', now())");
            assertThat(report).isPositive();
            for (String table : List.of("agency_report", "agency_report_recipient", "agency_report_send")) {
                assertThat(inAgency(c, agencyA, "select count(*) from " + table)).as(table).isEqualTo(1);
                assertThat(inAgency(c, agencyB, "select count(*) from " + table)).as("another agency: " + table).isZero();
                assertThat(inShop(c, shopA, "select count(*) from " + table)).as("a shop: " + table).isZero();
                assertThat(inTransaction(c, null, "select count(*) from " + table)).as("nobody: " + table).isZero();
            }
            assertThat(inAgency(c, agencyB, "update agency_report set status = 'FAILED'")).isZero();
            assertThat(inAgency(c, agencyB, "delete from agency_report_recipient")).isZero();
            assertThat(inAgency(c, agencyA, "select count(*) from agency_report_recipient")).isEqualTo(1);
            assertThat(inAgency(c, agencyA, "select count(*) from agency_report where status = 'READY'")).isEqualTo(1);
            assertThatThrownBy(() -> inAgency(c, agencyB, "insert into agency_report_recipient (agency_id, email, "
                    + "added_by, added_at) values (" + agencyA + ", 'smuggled@example.jp', 'rls', now())"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> inShop(c, shopA, "insert into agency_report_recipient (agency_id, email, "
                    + "added_by, added_at) values (" + agencyA + ", 'smuggled@example.jp', 'rls', now())"))
                    .isInstanceOf(SQLException.class);
            // one report per agency, kind, period and language; a READY one always has every file
            assertThat(inAgency(c, agencyA, "insert into agency_report (agency_id, kind, period_start, period_end, "
                    + "language, status, requested_by, requested_at) values (" + agencyA + ", 'MONTHLY', '2026-10-01', "
                    + "'2026-10-31', 'ja', 'PENDING', 'rls', now()) on conflict do nothing")).isZero();
            assertThatThrownBy(() -> inAgency(c, agencyA, "insert into agency_report (agency_id, kind, period_start, "
                    + "period_end, language, status, requested_by, requested_at, generated_at, pdf) values (" + agencyA
                    + ", 'WEEKLY', '2026-10-05', '2026-10-11', 'ja', 'READY', 'rls', now(), now(), '\\x25')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("agency_report_ready_complete");
            // reports are kept: the application cannot delete them
            assertThatThrownBy(() -> inAgency(c, agencyA, "delete from agency_report"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void dataExportsAndTheirStoredPartsBelongToOneShop() throws SQLException {
        try (Connection c = app()) {
            inShop(c, shopA, "insert into data_export (shop_id, status, requested_by, language, created_at) values ("
                            + shopA + ", 'QUEUED', 'rls-export', 'ja', now())",
                    "insert into data_export_part (shop_id, export_id, seq, bytes) select " + shopA
                            + ", id, 0, '\\x504b'::bytea from data_export where requested_by = 'rls-export'");
            assertThat(inShop(c, shopB, "select count(*) from data_export where requested_by = 'rls-export'")).isZero();
            assertThat(inShop(c, shopB, "select count(*) from data_export_part")).isZero();
            assertThat(inShop(c, shopA, "select count(*) from data_export_part")).isEqualTo(1);
            assertThat(rowsChangedOrRefused(c, shopB, "update data_export set status = 'FAILED'")).isZero();
            assertThat(rowsChangedOrRefused(c, shopB, "delete from data_export_part")).isZero();
            long export = inShop(c, shopA, "select id from data_export where requested_by = 'rls-export'");
            assertThatThrownBy(() -> inShop(c, shopB, "insert into data_export_part (shop_id, export_id, seq, bytes) "
                    + "values (" + shopA + ", " + export + ", 1, '\\x00'::bytea)")).isInstanceOf(SQLException.class);
        }
    }

    /** Rows a change touched, 0 when the role may not make it at all (some tables are append-only). */
    /** The reporting projection (V221, V243): its tables belong to one shop, also for its refresh functions. */
    @Test
    void insightsProjectionRowsBelongToOneShop() throws SQLException {
        List<String> tables = List.of("insights_day", "insights_variant_day", "insights_variant_reason_day",
                "insights_reason_day", "insights_customer_day");
        try (Connection c = app()) {
            inShop(c, shopA, "insert into insights_day (shop_id, day, orders) values (" + shopA + ", '2001-02-03', 7)"
                            + " on conflict do nothing",
                    "insert into insights_variant_day (shop_id, day, variant_id, units_sold) values (" + shopA
                            + ", '2001-02-03', 1, 2) on conflict do nothing",
                    "insert into insights_variant_reason_day (shop_id, day, variant_id, reason_code, units_returned) values ("
                            + shopA + ", '2001-02-03', 1, 'X', 1) on conflict do nothing",
                    "insert into insights_reason_day (shop_id, day, reason_code, units_returned) values (" + shopA
                            + ", '2001-02-03', 'X', 1) on conflict do nothing",
                    "insert into insights_customer_day (shop_id, day, email, order_id, returns, units, first_request_at,"
                            + " ordered_after) values (" + shopA + ", '2001-02-03', 'rls@example.jp', 1, 1, 1,"
                            + " '2001-02-03T00:00:00Z', true) on conflict do nothing");
            for (String table : tables) {
                assertThat(inShop(c, shopA, "select count(*) from " + table + " where day = '2001-02-03'")).as(table).isEqualTo(1);
                assertThat(inShop(c, shopB, "select count(*) from " + table)).as(table).isZero();
                assertThat(rowsChangedOrRefused(c, shopB, "delete from " + table)).as(table).isZero();
            }
            assertThatThrownBy(() -> inShop(c, shopB, "insert into insights_day (shop_id, day) values (" + shopA
                    + ", '2001-02-04')")).isInstanceOf(SQLException.class);
            // Shop B refreshing shop A's days sees none of A's rows: it neither deletes nor writes any.
            assertThat(inShop(c, shopB, "select insights_refresh(" + shopA + ", '2001-02-01', '2001-02-28')")).isZero();
            assertThat(inShop(c, shopA, "select orders from insights_day where day = '2001-02-03'")).isEqualTo(7);
            assertThat(inShop(c, shopB, "select insights_refresh_customer_orders(" + shopA + ", null)")).isZero();
            assertThat(rowsChangedOrRefused(c, shopB, "update insights_customer_day set ordered_after = false")).isZero();
            assertThat(inShop(c, shopA, "select count(*) from insights_customer_day where day = '2001-02-03' and ordered_after"))
                    .isEqualTo(1);
            // The freshness stamp (V243): one row per shop, stamped only for the bound shop.
            inShop(c, shopA, "select count(*) from (select insights_stamp(" + shopA + ")) x");
            assertThat(inShop(c, shopA, "select count(*) from insights_projected")).isEqualTo(1);
            inShop(c, shopB, "select count(*) from (select insights_stamp(" + shopA + ")) x");
            assertThat(inShop(c, shopB, "select count(*) from insights_projected where shop_id = " + shopA)).isZero();
            assertThatThrownBy(() -> inShop(c, shopB, "insert into insights_projected values (" + shopA + ", now())"))
                    .isInstanceOf(SQLException.class);
            // The agency reader sees the rows of the bound shops only, and writes none.
            c.setAutoCommit(false);
            bindForReading(c, shopB, shopC);
            try (Statement s = c.createStatement()) {
                for (String table : java.util.stream.Stream.concat(tables.stream(), java.util.stream.Stream.of(
                        "insights_projected")).toList()) {
                    try (ResultSet rs = s.executeQuery("select count(*) from " + table + " where shop_id = " + shopA)) {
                        rs.next();
                        assertThat(rs.getLong(1)).as(table).isZero();
                    }
                }
                assertThatThrownBy(() -> s.executeUpdate("delete from insights_day")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            c.rollback();
        }
    }

    /**
     * A shop's marks for the projection refresh (V241) are its own; the agency reader sees which shops of its set
     * have marks and nothing else. (Assertions hold whether or not a refresh took the mark meanwhile.)
     */
    @Test
    void insightsRefreshMarksBelongToOneShop() throws SQLException {
        try (Connection c = app()) {
            assertThat(inShop(c, shopA, "insert into insights_dirty_day (shop_id, day) values (" + shopA + ", '2001-03-03')",
                    "select count(*) from insights_dirty_day where day = '2001-03-03'")).isEqualTo(1);
            assertThat(inShop(c, shopB, "select count(*) from insights_dirty_day where shop_id = " + shopA)).isZero();
            assertThat(rowsChangedOrRefused(c, shopB, "delete from insights_dirty_day where shop_id = " + shopA)).isZero();
            assertThatThrownBy(() -> inShop(c, shopB, "insert into insights_dirty_day (shop_id, day) values (" + shopA
                    + ", '2001-03-04')")).isInstanceOf(SQLException.class);
            c.setAutoCommit(false);
            bindForReading(c, shopB, shopC);
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select count(*) from insights_dirty_day where shop_id = " + shopA)) {
                    rs.next();
                    assertThat(rs.getLong(1)).isZero();
                }
                assertThatThrownBy(() -> s.executeQuery("select day from insights_dirty_day"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            c.rollback();
        }
    }

    private static long rowsChangedOrRefused(Connection c, long tenant, String sql) throws SQLException {
        try {
            return inShop(c, tenant, sql);
        } catch (SQLException e) {
            if (e.getMessage().contains("permission denied")) {
                return 0;
            }
            throw e;
        }
    }

    private static String shopName(long id) throws SQLException {
        try (Connection c = app(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name from shop where id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
