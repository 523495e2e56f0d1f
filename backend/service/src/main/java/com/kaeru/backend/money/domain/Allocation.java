package com.kaeru.backend.money.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits an amount of minor units across weights so that the parts add up exactly to the total
 * (largest-remainder method; ties go to the earlier index). Used for order discounts across lines
 * and a line's payment across its units.
 */
public final class Allocation {
    private Allocation() {
    }

    public static long[] largestRemainder(long total, long[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("Cannot allocate a negative amount");
        }
        long sum = Arrays.stream(weights).peek(w -> {
            if (w < 0) {
                throw new IllegalArgumentException("Weights cannot be negative");
            }
        }).sum();
        long[] parts = new long[weights.length];
        if (weights.length == 0) {
            return parts;
        }
        if (sum == 0) {
            // No basis for proportions: spread evenly.
            return largestRemainder(total, filled(weights.length));
        }
        long[] remainders = new long[weights.length];
        long allocated = 0;
        for (int i = 0; i < weights.length; i++) {
            long product = total * weights[i];
            if (Math.multiplyHigh(total, weights[i]) == 0 && product >= 0) {
                parts[i] = product / sum;
                remainders[i] = product % sum;
            } else {
                // total × weight beyond a long: exact in BigInteger (rare; amounts are minor units).
                java.math.BigInteger[] division = java.math.BigInteger.valueOf(total)
                        .multiply(java.math.BigInteger.valueOf(weights[i])).divideAndRemainder(java.math.BigInteger.valueOf(sum));
                parts[i] = division[0].longValueExact();
                remainders[i] = division[1].longValueExact();
            }
            allocated += parts[i];
        }
        long left = total - allocated;
        if (left == 0) {
            return parts;
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed().thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        return parts;
    }

    private static long[] filled(int n) {
        long[] ones = new long[n];
        Arrays.fill(ones, 1);
        return ones;
    }
}
