package com.kaeru.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Every Japanese postal code with what it stands for, in memory and immutable: load it once and
 * share it between threads. Built from the bundled {@code postal-directory.tsv.gz} (Japan Post's
 * KEN_ALL and JIGYOSYO data; provenance and format in {@code backend/address/POSTAL-DATA.md}).
 * <p>
 * Codes are held in a sorted {@code int[]} with their addresses alongside, so a lookup is a binary
 * search that allocates nothing; match keys of every name are computed once here, at load time.
 */
public final class PostalDirectory {
    static final String RESOURCE = "postal-directory.tsv.gz";
    private static final String FORMAT = "#kaeru-postal-directory";

    private final String source;
    private final String dataVersion;
    private final List<Prefecture> prefectures;
    private final String[] prefectureKeys;
    private final Municipality[] municipalities;
    /** Per municipality: the ways its name may be typed, longest first (see {@link #matchKeys}). */
    private final String[][] municipalityKeys;
    private final int[][] municipalitiesByPrefecture;
    private final TownIndex[] townIndexes;
    private final int[] codes;
    private final List<List<PostalAddress>> addressesByCode;
    private final int addressCount;

    private PostalDirectory(String source, String dataVersion, List<Prefecture> prefectures,
                            Municipality[] municipalities, List<PostalAddress> addresses) {
        this.source = source;
        this.dataVersion = dataVersion;
        this.prefectures = List.copyOf(prefectures);
        this.prefectureKeys = new String[prefectures.size() + 1];
        for (Prefecture prefecture : prefectures) {
            prefectureKeys[prefecture.code()] = AddressText.key(prefecture.name());
        }
        this.municipalities = municipalities;
        this.municipalityKeys = new String[municipalities.length][];
        List<List<Integer>> byPrefecture = new ArrayList<>();
        for (int i = 0; i <= prefectures.size(); i++) {
            byPrefecture.add(new ArrayList<>());
        }
        for (Municipality municipality : municipalities) {
            if (municipality != null) {
                municipalityKeys[municipality.number()] = matchKeys(AddressText.key(municipality.name()));
                byPrefecture.get(municipality.prefecture().code()).add(municipality.number());
            }
        }
        this.municipalitiesByPrefecture = byPrefecture.stream()
                .map(numbers -> numbers.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);

        List<List<PostalAddress>> byMunicipality = new ArrayList<>();
        for (int i = 0; i < municipalities.length; i++) {
            byMunicipality.add(new ArrayList<>());
        }
        int codeCount = 0;
        for (int i = 0; i < addresses.size(); i++) {
            if (i == 0 || addresses.get(i - 1).postalCode().value() != addresses.get(i).postalCode().value()) {
                codeCount++;
            }
            byMunicipality.get(addresses.get(i).municipality().number()).add(addresses.get(i));
        }
        this.townIndexes = new TownIndex[municipalities.length];
        for (int i = 1; i < municipalities.length; i++) {
            townIndexes[i] = new TownIndex(byMunicipality.get(i));
        }
        this.codes = new int[codeCount];
        List<List<PostalAddress>> grouped = new ArrayList<>(codeCount);
        int start = 0;
        for (int i = 1; i <= addresses.size(); i++) {
            if (i == addresses.size()
                    || addresses.get(i).postalCode().value() != addresses.get(start).postalCode().value()) {
                codes[grouped.size()] = addresses.get(start).postalCode().value();
                grouped.add(List.copyOf(addresses.subList(start, i)));
                start = i;
            }
        }
        this.addressesByCode = List.copyOf(grouped);
        this.addressCount = addresses.size();
    }

    /** The directory bundled with this jar. Takes about a second; call it once and keep the result. */
    public static PostalDirectory load() {
        try (InputStream in = PostalDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + PostalDirectory.class);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** Reads a directory in the format written by {@code scripts/build-postal-data.mjs} (gzip'd). */
    public static PostalDirectory read(InputStream gzip) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        String[] header = reader.readLine().split("\t", -1);
        if (header.length < 4 || !FORMAT.equals(header[0]) || !"1".equals(header[1])) {
            throw new IOException("Not a postal directory (version 1): " + String.join(" ", header));
        }
        Map<String, String> shared = new HashMap<>();
        List<Prefecture> prefectures = new ArrayList<>();
        List<Municipality> municipalities = new ArrayList<>();
        municipalities.add(null); // numbers start at 1
        List<PostalAddress> addresses = new ArrayList<>(150_000);
        int code = 0;
        Municipality municipality = null;
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "P" -> prefectures.add(new Prefecture(Integer.parseInt(f[1]), f[2], f[3]));
                case "C" -> municipalities.add(new Municipality(Integer.parseInt(f[1]),
                        prefectures.get(Integer.parseInt(f[2]) - 1), f[3], f[4]));
                case "A", "B" -> {
                    // Compact rows: the code as a difference to the previous row's, the
                    // municipality only when it changes, trailing empty fields dropped.
                    code += Integer.parseInt(f[1]);
                    if (!field(f, 2).isEmpty()) {
                        municipality = municipalities.get(Integer.parseInt(f[2]));
                    }
                    addresses.add(address(new PostalCode(code), municipality, f, shared));
                }
                default -> throw new IOException("Unexpected line in postal directory: " + line);
            }
        }
        return new PostalDirectory(header[2], header[3], prefectures, municipalities.toArray(Municipality[]::new),
                addresses);
    }

    private static PostalAddress address(PostalCode code, Municipality municipality, String[] f,
                                         Map<String, String> shared) {
        String town = share(shared, field(f, 3));
        String townKana = share(shared, field(f, 4));
        boolean business = "B".equals(f[0]);
        String building = business ? "" : share(shared, field(f, 5));
        String businessAddress = business ? field(f, 5) : "";
        String businessName = business ? field(f, 6) : "";
        String townKey = share(shared, AddressText.key(town));
        String townKeyWithDigits = share(shared, AddressText.keyWithDigits(town));
        String buildingNameKey = building.isEmpty() ? "" : share(shared, AddressText.key(withoutFloor(building)));
        return new PostalAddress(code, municipality, town, townKana, building, businessName, businessAddress,
                townKey, townKeyWithDigits, buildingNameKey);
    }

    /** {@code ミッドランドスクエア（高層棟）１階} → {@code ミッドランドスクエア}. */
    private static String withoutFloor(String building) {
        return building.replaceFirst("(（[^）]*）)?[0-9０-９]+階$", "");
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index] : "";
    }

    /** Many rows repeat a town (floors, organisations): keep one copy of each string. */
    private static String share(Map<String, String> shared, String text) {
        return text.isEmpty() ? "" : shared.computeIfAbsent(text, t -> t);
    }

    /**
     * How a municipality's name may appear in a typed address, longest first: in full
     * ({@code 北群馬郡榛東村}, {@code 京都市中京区}), without its district ({@code 榛東村}), and for a
     * designated city's ward the city alone ({@code 京都市}) or the ward alone ({@code 中京区}).
     */
    static String[] matchKeys(String nameKey) {
        List<String> keys = new ArrayList<>(List.of(nameKey));
        int district = nameKey.indexOf('郡');
        if (district > 0 && district < nameKey.length() - 1) {
            keys.add(nameKey.substring(district + 1));
        }
        if (nameKey.endsWith("区")) {
            int city = nameKey.lastIndexOf('市', nameKey.length() - 2);
            if (city > 0 && city < nameKey.length() - 2) {
                keys.add(nameKey.substring(0, city + 1));
                keys.add(nameKey.substring(city + 1));
            }
        }
        keys.sort(Comparator.comparingInt(String::length).reversed());
        return keys.toArray(String[]::new);
    }

    /** The addresses a code stands for (several for some codes), or an empty list for an unknown code. */
    public List<PostalAddress> addresses(PostalCode code) {
        return addresses(code.value());
    }

    List<PostalAddress> addresses(int code) {
        int index = Arrays.binarySearch(codes, code);
        return index < 0 ? List.of() : addressesByCode.get(index);
    }

    /** Every address, ordered by postal code: for sweeps over the data and benchmark samples. */
    public Stream<PostalAddress> allAddresses() {
        return addressesByCode.stream().flatMap(List::stream);
    }

    public List<Prefecture> prefectures() {
        return prefectures;
    }

    /** Where the data comes from, e.g. {@code jquery-jpostal-ja@2.14.73}. */
    public String source() {
        return source;
    }

    /** The source's own data stamp, e.g. {@code ver2.13 2025-09-25 2025-09-30}. */
    public String dataVersion() {
        return dataVersion;
    }

    public int postalCodeCount() {
        return codes.length;
    }

    public int addressCount() {
        return addressCount;
    }

    // ---- for the address check -------------------------------------------------------------

    String prefectureKey(Prefecture prefecture) {
        return prefectureKeys[prefecture.code()];
    }

    String[] municipalityKeys(Municipality municipality) {
        return municipalityKeys[municipality.number()];
    }

    TownIndex towns(Municipality municipality) {
        return townIndexes[municipality.number()];
    }

    int[] municipalitiesOf(Prefecture prefecture) {
        return municipalitiesByPrefecture[prefecture.code()];
    }

    Municipality municipality(int number) {
        return municipalities[number];
    }

    int municipalityCount() {
        return municipalities.length - 1;
    }
}
