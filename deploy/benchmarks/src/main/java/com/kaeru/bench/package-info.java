/**
 * Benchmarks (see the README for commands and figures):
 * <ul>
 *   <li>load generators against the running system, measured from outside like a real client —
 *       {@link com.kaeru.bench.ReturnsLoad} (the jar's main class) and
 *       {@link com.kaeru.bench.AddressCheckLoad};</li>
 *   <li>JMH benchmarks of code that must be fast in process — {@link com.kaeru.bench.AddressCheckBenchmark},
 *       run with {@code org.openjdk.jmh.Main} from the same shaded jar.</li>
 * </ul>
 */
package com.kaeru.bench;
