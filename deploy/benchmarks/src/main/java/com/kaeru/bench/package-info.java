/**
 * Benchmarks (see the README for commands and figures):
 * <ul>
 *   <li>load generators against the running system, measured from outside like a real client —
 *       {@link com.kaeru.bench.ReturnsLoad} (the jar's main class), {@link com.kaeru.bench.AddressCheckLoad},
 *       {@link com.kaeru.bench.StockVisibilityLoad} (a stock change seen by the API and the portal under the
 *       returns load) and {@link com.kaeru.bench.BackorderAllocationLoad} (a restock allocated to 1,000
 *       waiting exchanges, against as many plain movements);</li>
 *   <li>JMH benchmarks of code that must be fast in process — {@link com.kaeru.bench.AddressCheckBenchmark},
 *       run with {@code org.openjdk.jmh.Main} from the same shaded jar.</li>
 * </ul>
 */
package com.kaeru.bench;
