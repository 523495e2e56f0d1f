/**
 * Load benchmarks against the running system, measured from outside like a real client:
 * {@code java -jar deploy/benchmarks/target/kaeru-benchmarks-*-all.jar} (see the README).
 */
package com.kaeru.bench;
