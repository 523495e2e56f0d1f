package com.kaeru.backend.dataexport.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import com.kaeru.backend.dataexport.domain.ArchiveFormat;
import com.kaeru.backend.dataexport.domain.ArchiveRejectedException;
import com.kaeru.backend.dataexport.domain.LedgerReplayOrder;
import com.kaeru.backend.dataexport.domain.RestoredTables;
import com.kaeru.backend.dataexport.domain.ShopNotEmptyException;
import com.kaeru.backend.dataexport.domain.ShopRestore;
import com.kaeru.backend.dataexport.domain.TeamMembership;
import com.kaeru.backend.platform.persistence.KaeruDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@link ShopRestore} over JDBC in one transaction bound to the new shop (row-level security refuses any row for
 * another shop). Generic over the schema like the archive: column types and references come from the catalog, so
 * each value is cast from its text form and each reference to a restored row is translated to the row's new id.
 */
@ApplicationScoped
public class SqlShopRestore implements ShopRestore {
    private static final CSVFormat CSV = CSVFormat.POSTGRESQL_CSV.builder().setHeader().setSkipHeaderRecord(true).get();

    @Resource(lookup = KaeruDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A column of the target table: its SQL type and, when it refers to a restored table's id, that table. */
    record Column(String name, String type, boolean nullable, String refersTo) {
    }

    @Override
    public Map<String, Long> restore(long shopId, Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Map<String, String> sums = checkManifest(zip);
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    SqlShopArchive.bind(c, shopId);
                    lockShop(c, shopId);
                    requireEmpty(c, shopId);
                    Map<String, Long> counts = restore(c, shopId, zip, sums);
                    advanceRmaSequence(c, shopId);
                    c.commit();
                    return counts;
                } catch (SQLException | IOException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new ArchiveRejectedException("not a ZIP file");
        } catch (IOException e) {
            throw new ArchiveRejectedException(e.getMessage());
        } catch (SQLException e) {
            throw new ArchiveRejectedException("the database refused a row: " + e.getMessage());
        }
    }

    @Override
    public List<TeamMembership> team(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Map<String, String> sums = checkManifest(zip);
            ZipEntry entry = zip.getEntry(ArchiveFormat.TEAM);
            if (entry == null) {
                return List.of();
            }
            checkSum(zip, entry, sums.get(ArchiveFormat.TEAM));
            try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(zip.getInputStream(entry),
                    StandardCharsets.UTF_8)).setFormat(CSV).get()) {
                return parser.stream().map(r -> new TeamMembership(r.get("email"), r.get("role"))).toList();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ArchiveRejectedException(ArchiveFormat.TEAM + " is not readable: " + e.getMessage());
        }
    }

    /** The manifest's SHA-256 per file, after checking the format and version. */
    private static Map<String, String> checkManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
        if (entry == null) {
            throw new ArchiveRejectedException("no " + ArchiveFormat.MANIFEST);
        }
        JsonObject manifest;
        try (JsonReader reader = Json.createReader(zip.getInputStream(entry))) {
            manifest = reader.readObject();
        } catch (RuntimeException e) {
            throw new ArchiveRejectedException(ArchiveFormat.MANIFEST + " is not JSON");
        }
        if (!"kaeru-shop-export".equals(manifest.getString("format", null))
                || manifest.getInt("format_version", -1) != ArchiveFormat.VERSION) {
            throw new ArchiveRejectedException("not a Kaeru shop export of format version " + ArchiveFormat.VERSION);
        }
        Map<String, String> sums = new HashMap<>();
        for (JsonValue f : manifest.getJsonArray("files")) {
            sums.put(f.asJsonObject().getString("path"), f.asJsonObject().getString("sha256"));
        }
        return sums;
    }

    /**
     * One import per shop at a time: a second import into the same shop waits here until the first has committed
     * (or rolled back), then checks emptiness against what the first left, so it finds the shop non-empty (409)
     * instead of restoring a second copy. Read committed: each statement after the lock sees the first's rows.
     */
    private static void lockShop(Connection c, long shopId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext('data_import'), ?)")) {
            ps.setInt(1, Math.toIntExact(shopId));
            ps.execute();
        }
    }

    private static void requireEmpty(Connection c, long shopId) throws SQLException {
        for (String table : List.of("customer_order", "product", "return_request")) {
            try (PreparedStatement ps = c.prepareStatement("select exists (select 1 from " + table + " where shop_id = ?)")) {
                ps.setLong(1, shopId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new ShopNotEmptyException(table);
                    }
                }
            }
        }
    }

    private Map<String, Long> restore(Connection c, long shopId, ZipFile zip, Map<String, String> sums)
            throws SQLException, IOException {
        Map<String, Map<String, String>> newIds = new HashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RestoredTables.Table table : RestoredTables.ORDER) {
            String entryName = ArchiveFormat.tableEntry(table.name());
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                continue;
            }
            checkSum(zip, entry, sums.get(entryName));
            Map<String, Column> columns = columns(c, table.name());
            Map<String, String> ids = new HashMap<>();
            newIds.put(table.name(), ids);
            long rows = 0;
            try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(zip.getInputStream(entry),
                    StandardCharsets.UTF_8)).setFormat(CSV).get()) {
                Iterable<Map<String, String>> records = table.name().equals("stock_movement")
                        ? inReplayOrder(parser) : () -> parser.stream().map(CSVRecord::toMap).iterator();
                for (Map<String, String> record : records) {
                    if (restoreRow(c, shopId, table, columns, record, newIds, ids)) {
                        rows++;
                    }
                }
            }
            counts.put(table.name(), rows);
        }
        return counts;
    }

    /** The ledger's movements in an order its level CHECKs accept row by row ({@link LedgerReplayOrder}). */
    private static List<Map<String, String>> inReplayOrder(CSVParser parser) {
        List<Map<String, String>> rows = parser.stream().map(CSVRecord::toMap).toList();
        List<LedgerReplayOrder.Movement> movements = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            movements.add(new LedgerReplayOrder.Movement(i, row.get("location_id"), row.get("variant_id"),
                    String.valueOf(row.get("occurred_at")), Long.parseLong(row.get("id")), delta(row, "sellable_delta"),
                    delta(row, "outlet_delta"), delta(row, "reserved_delta"), delta(row, "incoming_delta")));
        }
        return LedgerReplayOrder.of(movements).stream().map(rows::get).toList();
    }

    private static int delta(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private static void checkSum(ZipFile zip, ZipEntry entry, String expected) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(expected)) {
                throw new ArchiveRejectedException(entry.getName() + " does not match its SHA-256 in the manifest");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table's insertable columns with their types, and which of them refer to a restored table's id. */
    private static Map<String, Column> columns(Connection c, String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select a.attname, format_type(a.atttypid, a.atttypmod), not a.attnotnull,
                       (select r.relname from pg_constraint fk
                        join pg_class r on r.oid = fk.confrelid
                        join pg_attribute ra on ra.attrelid = fk.confrelid
                            and ra.attnum = fk.confkey[array_position(fk.conkey, a.attnum)]
                        where fk.conrelid = a.attrelid and fk.contype = 'f' and a.attnum = any (fk.conkey)
                          and ra.attname = 'id' and r.relname <> 'shop'
                        limit 1)
                from pg_attribute a
                where a.attrelid = format('%I', ?)::regclass and a.attnum > 0 and not a.attisdropped
                  and a.attgenerated = ''
                order by a.attnum""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            rs.getString(4)));
                }
            }
        }
        return columns;
    }

    private static boolean restoreRow(Connection c, long shopId, RestoredTables.Table table, Map<String, Column> columns,
                                      Map<String, String> row, Map<String, Map<String, String>> newIds,
                                      Map<String, String> ids) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Column column : columns.values()) {
            if (!row.containsKey(column.name()) || column.name().equals("id")
                    || ArchiveFormat.masked(table.name(), column.name())) {
                continue;
            }
            String value = row.get(column.name());
            if (column.name().equals("shop_id")) {
                value = Long.toString(shopId);
            } else if (RestoredTables.RECOUNTED.containsKey(table.name() + "." + column.name())) {
                value = RestoredTables.RECOUNTED.get(table.name() + "." + column.name());
            } else if (value != null && column.refersTo() != null) {
                Map<String, String> targets = newIds.get(column.refersTo());
                value = targets == null ? null : targets.get(value);
                if (value == null && !column.nullable()) {
                    return false;
                }
            }
            names.add(column.name());
            values.add(value);
        }
        String oldId = row.get("id");
        if (table.mode() == RestoredTables.Mode.MATCH_CODE) {
            String existing = idByCode(c, shopId, table.name(), row.get("code"));
            if (existing != null) {
                ids.put(oldId, existing);
                return true;
            }
        }
        if (table.mode() == RestoredTables.Mode.ENSURE_KEY) {
            List<String> key = SqlShopArchive.primaryKey(c, table.name());
            List<String> keyValues = key.stream().map(k -> values.get(names.indexOf(k))).toList();
            List<String> keyColumns = new ArrayList<>(key);
            if (!keyColumns.contains("shop_id")) {
                keyColumns.add("shop_id");
                keyValues = new ArrayList<>(keyValues);
                keyValues.add(Long.toString(shopId));
            }
            insert(c, table.name(), columns, keyColumns, keyValues, " on conflict do nothing", false);
            return true;
        }
        String newId = insert(c, table.name(), columns, names, values, "", columns.containsKey("id"));
        if (oldId != null && newId != null) {
            ids.put(oldId, newId);
        }
        return true;
    }

    private static String idByCode(Connection c, long shopId, String table, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id::text from " + table + " where shop_id = ? and code = ?")) {
            ps.setLong(1, shopId);
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String insert(Connection c, String table, Map<String, Column> columns, List<String> names,
                                 List<String> values, String suffix, boolean returningId) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
                .append(String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList())).append(") values (");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("cast(? as ").append(columns.get(names.get(i)).type()).append(')');
        }
        sql.append(')').append(suffix).append(returningId ? " returning id::text" : "");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                ps.setString(i + 1, values.get(i));
            }
            if (returningId) {
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
            ps.executeUpdate();
            return "";
        }
    }

    /** Future returns of the shop continue after the highest restored RMA number. */
    private static void advanceRmaSequence(Connection c, long shopId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(max(substring(rma_number from '[0-9]+$')::bigint), 0) "
                + "from return_request where shop_id = ?")) {
            ps.setLong(1, shopId);
            long highest;
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                highest = rs.getLong(1);
            }
            if (highest > 0) {
                // The application role may call nextval but not setval on the shop's sequence.
                try (PreparedStatement next = c.prepareStatement("select count(nextval(format('rma_seq_%s', ?::bigint)::regclass)) "
                        + "from generate_series(1, ?) where (select last_value from " + "rma_seq_" + shopId + ") < ?")) {
                    next.setLong(1, shopId);
                    next.setLong(2, highest);
                    next.setLong(3, highest);
                    next.executeQuery().close();
                }
            }
        }
    }
}
