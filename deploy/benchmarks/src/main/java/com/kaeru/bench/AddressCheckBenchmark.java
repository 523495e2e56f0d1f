package com.kaeru.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.kaeru.address.AddressCheck;
import com.kaeru.address.AddressCheckResult;
import com.kaeru.address.AddressInput;
import com.kaeru.address.PostalAddress;
import com.kaeru.address.PostalDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checks per second of the in-process address check (target ≥ 1 million on a 2-core machine), on
 * real addresses: 1,024 drawn from the whole directory and typed in different styles (what a form
 * sends while people type), and one benchmark per case the check distinguishes, the slow path of a
 * mismatch (searching the directory for the right code) included.
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar org.openjdk.jmh.Main AddressCheckBenchmark
 * java -cp ... org.openjdk.jmh.Main AddressCheckBenchmark.realAddresses -t 2    # both cores
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@State(Scope.Benchmark)
public class AddressCheckBenchmark {
    private static final int SAMPLE = 1024;

    private AddressCheck check;
    private AddressInput[] realAddresses;
    // Fields, not constants: the JIT must not fold the inputs into the code under test.
    private AddressInput tokyo;
    private AddressInput fullWidthOneLine;
    private AddressInput kyotoStreet;
    private AddressInput multiTownCode;
    private AddressInput missingBlockNumber;
    private AddressInput mismatchWithSuggestion;
    private AddressInput unknownCode;

    /** Per thread, so threads do not share a counter. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void load() {
        check = new AddressCheck(PostalDirectory.load());
        realAddresses = sample(check.directory(), new Random(20261121));
        long clean = Arrays.stream(realAddresses).filter(a -> check.check(a).isClean()).count();
        if (clean < SAMPLE) {
            throw new IllegalStateException("Only " + clean + " of " + SAMPLE + " real addresses pass the check");
        }
        tokyo = new AddressInput("150-0002", "東京都", "渋谷区", "渋谷2-21-1", "渋谷ヒカリエ");
        fullWidthOneLine = new AddressInput("〒１５００００２", "", "", "東京都渋谷区渋谷２丁目２１番１号", "");
        kyotoStreet = new AddressInput("604-0846", "京都府", "京都市中京区", "烏丸通御池上ル金吹町452", "");
        multiTownCode = new AddressInput("452-0961", "愛知県", "清須市", "春日宮重町123", "");
        missingBlockNumber = new AddressInput("150-0002", "東京都", "渋谷区", "渋谷二丁目", "");
        mismatchWithSuggestion = new AddressInput("150-0002", "東京都", "千代田区", "丸の内1-9-1", "");
        unknownCode = new AddressInput("999-9999", "東京都", "渋谷区", "渋谷2-21-1", "");
    }

    /** Residential addresses spread over the directory, each typed in one of four styles. */
    static AddressInput[] sample(PostalDirectory directory, Random random) {
        List<PostalAddress> residential = directory.allAddresses()
                .filter(a -> !a.isBusiness() && !a.isCatchAll()).toList();
        AddressInput[] sample = new AddressInput[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
            PostalAddress a = residential.get(random.nextInt(residential.size()));
            String block = (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20));
            sample[i] = switch (i % 4) {
                case 0 -> new AddressInput(a.postalCode().toString(), a.prefecture().name(), a.municipality().name(),
                        a.town() + block, a.building());
                case 1 -> new AddressInput(a.postalCode().digits(), "", "",
                        a.prefecture().name() + a.municipality().name() + a.town() + block, a.building());
                case 2 -> new AddressInput("〒" + a.postalCode(), a.prefecture().name(), a.municipality().name(),
                        a.town() + "三丁目" + (1 + random.nextInt(30)) + "番地", a.building());
                default -> new AddressInput(a.postalCode().toString(), a.prefecture().name(),
                        a.municipality().name() + a.town(), "　" + block, a.building());
            };
        }
        return sample;
    }

    @Benchmark
    public AddressCheckResult realAddresses(Cursor cursor) {
        return check.check(realAddresses[cursor.next++ & (SAMPLE - 1)]);
    }

    @Benchmark
    public AddressCheckResult tokyo() {
        return check.check(tokyo);
    }

    @Benchmark
    public AddressCheckResult fullWidthOneLine() {
        return check.check(fullWidthOneLine);
    }

    @Benchmark
    public AddressCheckResult kyotoStreet() {
        return check.check(kyotoStreet);
    }

    @Benchmark
    public AddressCheckResult multiTownCode() {
        return check.check(multiTownCode);
    }

    @Benchmark
    public AddressCheckResult missingBlockNumber() {
        return check.check(missingBlockNumber);
    }

    @Benchmark
    public AddressCheckResult mismatchWithSuggestion() {
        return check.check(mismatchWithSuggestion);
    }

    @Benchmark
    public AddressCheckResult unknownCode() {
        return check.check(unknownCode);
    }
}
