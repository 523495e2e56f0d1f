package com.kaeru.backend.dataexport.infrastructure;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.kaeru.backend.dataexport.domain.ArchiveEntry;
import com.kaeru.backend.dataexport.domain.ArchiveFormat;
import com.kaeru.backend.dataexport.domain.ShopArchive;
import com.kaeru.backend.dataexport.domain.TeamMembership;
import com.kaeru.backend.platform.persistence.KaeruDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a shop's archive straight from the database: one read-only, repeatable-read transaction (every table from
 * the same snapshot) bound to the shop, so row-level security alone decides which rows are read; rows are fetched
 * in batches ({@code setFetchSize}) and written as they come. The tables are found in the catalog (every table with
 * a {@code shop_id} column the application role may read), so new tables are exported without code changes.
 */
@ApplicationScoped
public class SqlShopArchive implements ShopArchive {
    private static final int FETCH = 500;
    private static final CSVFormat CSV = CSVFormat.POSTGRESQL_CSV.builder().setRecordSeparator("\n").get();

    @Resource(lookup = KaeruDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A tenant table: its columns in order, which are binary, and its primary key. */
    record Table(String name, List<String> columns, List<String> binary, List<String> key) {
    }

    @Override
    public List<ArchiveEntry> write(long shopId, String shopSlug, List<TeamMembership> team, Instant generatedAt,
                                    OutputStream target, IntConsumer progress) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (var s = c.createStatement()) {
                    s.execute("set transaction isolation level repeatable read, read only");
                }
                bind(c, shopId);
                List<ArchiveEntry> entries = write(c, shopId, shopSlug, team, generatedAt, target, progress);
                c.commit();
                return entries;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Export of shop " + shopId + " failed: " + e.getMessage(), e);
        }
    }

    static void bind(Connection c, long shopId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, Long.toString(shopId));
            ps.execute();
        }
    }

    @SuppressWarnings("java:S107")
    private List<ArchiveEntry> write(Connection c, long shopId, String shopSlug, List<TeamMembership> team,
                                     Instant generatedAt, OutputStream target, IntConsumer progress)
            throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        List<ArchiveEntry> entries = new ArrayList<>();
        entries.add(writeShop(c, shopId, zip));
        entries.add(writeTeam(team, zip));
        List<Table> tables = tables(c);
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            entries.add(writeTable(c, shopId, table, zip));
            if (!table.binary().isEmpty()) {
                entries.addAll(writeFiles(c, shopId, table, zip));
            }
            progress.accept((i + 1) * 99 / tables.size());
        }
        writeManifest(zip, shopSlug, generatedAt, entries);
        zip.finish();
        return entries;
    }

    /** Every exported table with a {@code shop_id} that the application role may read, by name. */
    static List<Table> tables(Connection c) throws SQLException {
        Map<String, List<String[]>> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select col.table_name, col.column_name, col.data_type
                from information_schema.columns col
                join information_schema.tables t on t.table_schema = col.table_schema and t.table_name = col.table_name
                where col.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and exists (select 1 from information_schema.columns s where s.table_schema = col.table_schema
                              and s.table_name = col.table_name and s.column_name = 'shop_id')
                  and has_table_privilege(format('%I.%I', col.table_schema, col.table_name), 'SELECT')
                order by col.table_name, col.ordinal_position""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (ArchiveFormat.exported(rs.getString(1))) {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (var e : columns.entrySet()) {
            tables.add(new Table(e.getKey(), e.getValue().stream().map(col -> col[0]).toList(),
                    e.getValue().stream().filter(col -> "bytea".equals(col[1])).map(col -> col[0]).toList(),
                    primaryKey(c, e.getKey())));
        }
        return tables;
    }

    static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                where i.indrelid = format('%I', ?)::regclass and i.indisprimary
                order by array_position(i.indkey, a.attnum)""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
        }
        return key;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The SQL text of a row's key, e.g. {@code 42} or {@code 42-7}, naming its binary files. */
    private static String keyExpression(Table table) {
        List<String> key = table.key().isEmpty() ? List.of("ctid") : table.key();
        return "concat_ws('-', " + String.join(", ", key.stream().map(k -> quoted(k) + "::text").toList()) + ")";
    }

    private static String orderBy(Table table) {
        return table.key().isEmpty() ? "" : " order by " + String.join(", ", table.key().stream().map(SqlShopArchive::quoted).toList());
    }

    private ArchiveEntry writeTable(Connection c, long shopId, Table table, ZipOutputStream zip)
            throws SQLException, IOException {
        List<String> select = new ArrayList<>();
        for (String column : table.columns()) {
            select.add(table.binary().contains(column)
                    ? "case when " + quoted(column) + " is null then null else 'files/" + table.name() + "/' || "
                    + keyExpression(table) + " || '/" + column + "' end"
                    : quoted(column) + "::text");
        }
        String entry = ArchiveFormat.tableEntry(table.name());
        zip.putNextEntry(new ZipEntry(entry));
        Digesting out = new Digesting(zip);
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("select " + String.join(", ", select) + " from "
                + quoted(table.name()) + " where shop_id = ?" + orderBy(table))) {
            ps.setFetchSize(FETCH);
            ps.setLong(1, shopId);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSV.builder().setHeader(table.columns().toArray(String[]::new)).get());
            try (ResultSet rs = ps.executeQuery()) {
                List<String> values = new ArrayList<>(table.columns().size());
                while (rs.next()) {
                    values.clear();
                    for (int i = 0; i < table.columns().size(); i++) {
                        values.add(ArchiveFormat.cell(table.name(), table.columns().get(i), rs.getString(i + 1)));
                    }
                    printer.printRecord(values);
                    rows++;
                }
            }
            printer.flush();
        }
        zip.closeEntry();
        return new ArchiveEntry(entry, rows, out.count, out.sha256());
    }

    private List<ArchiveEntry> writeFiles(Connection c, long shopId, Table table, ZipOutputStream zip)
            throws SQLException, IOException {
        List<ArchiveEntry> files = new ArrayList<>();
        for (String column : table.binary()) {
            try (PreparedStatement ps = c.prepareStatement("select " + keyExpression(table) + ", " + quoted(column)
                    + " from " + quoted(table.name()) + " where shop_id = ? and " + quoted(column) + " is not null"
                    + orderBy(table))) {
                ps.setFetchSize(1);
                ps.setLong(1, shopId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String entry = "files/" + table.name() + "/" + rs.getString(1) + "/" + column;
                        zip.putNextEntry(new ZipEntry(entry));
                        Digesting out = new Digesting(zip);
                        try (InputStream in = rs.getBinaryStream(2)) {
                            in.transferTo(out);
                        }
                        zip.closeEntry();
                        files.add(new ArchiveEntry(entry, -1, out.count, out.sha256()));
                    }
                }
            }
        }
        return files;
    }

    /** The team as {@code email,role} rows (the directory's people, not the database's). */
    private static ArchiveEntry writeTeam(List<TeamMembership> team, ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry(ArchiveFormat.TEAM));
        Digesting out = new Digesting(zip);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSV.builder().setHeader("email", "role").get());
        for (TeamMembership member : team) {
            printer.printRecord(member.email(), member.role());
        }
        printer.flush();
        zip.closeEntry();
        return new ArchiveEntry(ArchiveFormat.TEAM, team.size(), out.count, out.sha256());
    }

    /** The shop's own row (settings, policy switches, branding) as one JSON object of text values. */
    private ArchiveEntry writeShop(Connection c, long shopId, ZipOutputStream zip) throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(ArchiveFormat.SHOP));
        Digesting out = new Digesting(zip);
        try (PreparedStatement ps = c.prepareStatement("select * from shop where id = ?")) {
            ps.setLong(1, shopId);
            try (ResultSet rs = ps.executeQuery(); JsonGenerator json = Json.createGenerator(new NonClosing(out))) {
                ResultSetMetaData meta = rs.getMetaData();
                json.writeStartObject();
                if (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String value = rs.getString(i);
                        if (value == null) {
                            json.writeNull(meta.getColumnName(i));
                        } else {
                            json.write(meta.getColumnName(i), ArchiveFormat.cell("shop", meta.getColumnName(i), value));
                        }
                    }
                }
                json.writeEnd();
            }
        }
        zip.closeEntry();
        return new ArchiveEntry(ArchiveFormat.SHOP, -1, out.count, out.sha256());
    }

    private static void writeManifest(ZipOutputStream zip, String shopSlug, Instant generatedAt,
                                      List<ArchiveEntry> entries) throws IOException {
        zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(new NonClosing(zip), StandardCharsets.UTF_8)) {
            json.writeStartObject()
                    .write("format", "kaeru-shop-export")
                    .write("format_version", ArchiveFormat.VERSION)
                    .write("shop", shopSlug)
                    .write("generated_at", generatedAt.toString())
                    .writeStartArray("files");
            for (ArchiveEntry e : entries) {
                json.writeStartObject().write("path", e.path());
                if (e.rows() >= 0) {
                    json.write("rows", e.rows());
                }
                json.write("bytes", e.bytes()).write("sha256", e.sha256()).writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        zip.closeEntry();
    }

    /** Passes bytes on to the ZIP entry, counting them and hashing them; never closes the ZIP. */
    static final class Digesting extends FilterOutputStream {
        private final MessageDigest digest;
        long count;

        Digesting(OutputStream out) {
            super(new NonClosing(out));
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            this.out = new DigestOutputStream(this.out, digest);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** An output stream whose close only flushes (JSON-P and writers close what they wrap). */
    static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
