package com.kaeru.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's time goes during a load phase (issue 14: "the README says where every millisecond goes, with a
 * profile"). Around the phase it
 * <ul>
 *   <li>reads the CPU time of every thread of the Payara process, of every PostgreSQL process and of this load
 *       generator from {@code /proc} (exact, unlike sampling), grouped by what the threads do;</li>
 *   <li>records a JFR profile of Payara ({@code jcmd <pid> JFR.start settings=profile}) and splits the request
 *       threads' CPU by the component that was running: the innermost frame that is not the JDK's own
 *       ({@code java.*}, {@code jdk.*}, {@code sun.*}), so a {@code HashMap} call counts for the library that made
 *       it; and by the Kaeru method the request was in (innermost {@code com.kaeru} frame).</li>
 * </ul>
 * Printed as milliseconds of CPU per unit of work (a submission, a lookup + eligibility pair). Linux only; the
 * Payara process must belong to the same user.
 */
final class ServerProfile implements AutoCloseable {
    /** First matching prefix of the innermost non-JDK frame's class names the component. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("com.kaeru.", "Kaeru code");
        COMPONENTS.put("org.postgresql.", "PostgreSQL JDBC driver (incl. waiting for the database)");
        COMPONENTS.put("org.eclipse.persistence.", "EclipseLink (JPA)");
        COMPONENTS.put("com.sun.gjc.", "Payara connection pool");
        COMPONENTS.put("com.sun.enterprise.resource.", "Payara connection pool");
        COMPONENTS.put("com.sun.enterprise.transaction.", "JTA transactions");
        COMPONENTS.put("com.sun.jts.", "JTA transactions");
        COMPONENTS.put("org.glassfish.jersey.", "Jersey (JAX-RS)");
        COMPONENTS.put("org.eclipse.yasson.", "JSON (Yasson, Parsson)");
        COMPONENTS.put("org.eclipse.parsson.", "JSON (Yasson, Parsson)");
        COMPONENTS.put("org.glassfish.json.", "JSON (Yasson, Parsson)");
        COMPONENTS.put("org.jboss.weld.", "CDI (Weld)");
        COMPONENTS.put("org.jvnet.hk2.", "HK2 (Jersey's and Payara's own injection)");
        COMPONENTS.put("org.glassfish.hk2.", "HK2 (Jersey's and Payara's own injection)");
        COMPONENTS.put("org.glassfish.soteria.", "security (Soteria, Exousia, JWT)");
        COMPONENTS.put("org.glassfish.exousia.", "security (Soteria, Exousia, JWT)");
        COMPONENTS.put("com.sun.enterprise.security.", "security (Soteria, Exousia, JWT)");
        COMPONENTS.put("com.nimbusds.", "security (Soteria, Exousia, JWT)");
        COMPONENTS.put("fish.payara.microprofile.jwtauth.", "security (Soteria, Exousia, JWT)");
        COMPONENTS.put("org.hibernate.validator.", "Bean Validation");
        COMPONENTS.put("org.glassfish.grizzly.", "HTTP server (Grizzly, servlet container)");
        COMPONENTS.put("org.apache.catalina.", "HTTP server (Grizzly, servlet container)");
        COMPONENTS.put("org.apache.coyote.", "HTTP server (Grizzly, servlet container)");
        COMPONENTS.put("com.sun.enterprise.web.", "HTTP server (Grizzly, servlet container)");
        COMPONENTS.put("org.glassfish.web.", "HTTP server (Grizzly, servlet container)");
        COMPONENTS.put("fish.payara.nucleus.requesttracing.", "Payara request tracing");
        COMPONENTS.put("fish.payara.opentracing.", "Payara request tracing");
        COMPONENTS.put("io.opentelemetry.", "Payara request tracing");
        COMPONENTS.put("com.hazelcast.", "Hazelcast (Payara's cluster)");
        COMPONENTS.put("jakarta.mail.", "e-mail (Angus Mail)");
        COMPONENTS.put("org.eclipse.angus.", "e-mail (Angus Mail)");
        COMPONENTS.put("fish.payara.microprofile.metrics.", "MicroProfile (Metrics, Config, Fault Tolerance)");
        COMPONENTS.put("fish.payara.microprofile.faulttolerance.", "MicroProfile (Metrics, Config, Fault Tolerance)");
        COMPONENTS.put("fish.payara.nucleus.microprofile.config.", "MicroProfile (Metrics, Config, Fault Tolerance)");
        COMPONENTS.put("io.smallrye.", "MicroProfile (Metrics, Config, Fault Tolerance)");
        COMPONENTS.put("org.glassfish.", "Payara, other");
        COMPONENTS.put("com.sun.enterprise.", "Payara, other");
        COMPONENTS.put("fish.payara.", "Payara, other");
        COMPONENTS.put("jakarta.", "Jakarta APIs");
    }

    private final long payaraPid;
    private final Path recording;
    private final String unit;
    private final Map<String, Long> payaraBefore;
    private final long postgresBefore;
    private final long selfBefore;
    private final long startedNanos = System.nanoTime();
    private final boolean statementsReset;
    private boolean recordingStopped;

    /** Starts the JFR recording and reads the CPU counters; {@link #close} prints the breakdown. */
    ServerProfile(long payaraPid, Path recording, String unit) throws Exception {
        this.payaraPid = payaraPid;
        this.recording = recording.toAbsolutePath();
        this.unit = unit;
        Files.deleteIfExists(this.recording);
        jcmd("JFR.start", "name=kaeru-bench", "settings=profile");
        statementsReset = resetStatements();
        payaraBefore = threadTicks(payaraPid);
        postgresBefore = postgresTicks();
        selfBefore = processTicks(ProcessHandle.current().pid());
    }

    /** The profile of the load phases run since construction, for {@code units} units of work. */
    void print(long units) throws Exception {
        Map<String, Long> payaraAfter = threadTicks(payaraPid);
        long postgres = postgresTicks() - postgresBefore;
        long self = processTicks(ProcessHandle.current().pid()) - selfBefore;
        double wall = (System.nanoTime() - startedNanos) / 1e9;
        jcmd("JFR.stop", "name=kaeru-bench", "filename=" + recording);
        recordingStopped = true;

        Map<String, Long> byGroup = new LinkedHashMap<>();
        long threads = 0;
        for (var e : payaraAfter.entrySet()) {
            if (e.getKey().equals("process")) {
                continue;
            }
            long delta = e.getValue() - payaraBefore.getOrDefault(e.getKey(), 0L);
            byGroup.merge(group(e.getKey()), delta, Long::sum);
            threads += delta;
        }
        long payara = payaraAfter.get("process") - payaraBefore.get("process");
        byGroup.merge("threads that ended during the run (e.g. per-connection mail threads)", payara - threads, Long::sum);
        double tick = 1000.0 / CLOCK_TICKS;
        System.out.printf("%nCPU per %s over %.0f s, %d %ss (/proc; %s)%n", unit, wall, units, unit, recording);
        System.out.printf("  %-72s %7.2f ms%n", "Payara, all threads", payara * tick / units);
        byGroup.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("    %-70s %7.2f ms%n", e.getKey(), e.getValue() * tick / units));
        System.out.printf("  %-72s %7.2f ms%n", "PostgreSQL, all processes", postgres * tick / units);
        System.out.printf("  %-72s %7.2f ms%n", "the load generator (this JVM)", self * tick / units);
        System.out.printf("  %-72s %7.2f ms%n", "machine capacity (" + CORES + " cores × wall time ÷ units)", CORES * wall * 1000 / units);

        databaseTime(units);

        long requestTicks = byGroup.getOrDefault(REQUEST_THREADS, 0L);
        long backgroundTicks = byGroup.getOrDefault(MANAGED_THREADS, 0L) + byGroup.getOrDefault(OTHER_THREADS, 0L);
        breakdown(requestTicks * tick / units, backgroundTicks * tick / units);
    }

    @Override
    public void close() throws Exception {
        // a phase that failed before print() must not leave the recording running in Payara
        if (!recordingStopped) {
            jcmd("JFR.stop", "name=kaeru-bench");
        }
    }

    private static final String REQUEST_THREADS = "HTTP request threads (http-thread-pool)";
    private static final String MANAGED_THREADS = "managed executor and EJB threads (event consumers, webhooks, schedulers)";
    private static final String OTHER_THREADS = "other threads";
    /** The innermost Kaeru frame of a class named so tells which background job a sample belongs to. */
    private static final List<String> JOBS = List.of("Consumer", "Scheduler", "Pump", "Sender", "Listener", "Task",
            "Worker", "Dispatcher");

    /**
     * The database's statement time by who asked, from {@code pg_stat_statements} (reset when the profile starts):
     * what the reporting projection and the event delivery cost the database per unit, beside the rest. Needs the
     * extension (shared_preload_libraries, {@code create extension pg_stat_statements}); skipped without it.
     */
    private boolean resetStatements() {
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
            return true;
        } catch (SQLException | RuntimeException e) {
            System.out.println("(no database time by statement: " + e.getMessage().lines().findFirst().orElse("")
                    + " — see deploy/benchmarks/README.md, \"Returns load benchmark\")");
            return false;
        }
    }

    private void databaseTime(long units) {
        if (!statementsReset) {
            return;
        }
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select case when query like '%insights%' then 'the reporting projection (insights_*: marks, refresh)'"
                        + " when query like '%outbox_delivery%' then 'event delivery (claims, marks of delivered)'"
                        + " else 'everything else (the requests, e-mails, webhooks…)' end, sum(total_exec_time), sum(calls)"
                        + " from pg_stat_statements where query not like '%pg_stat_statements%' group by 1 order by 2 desc")) {
            System.out.printf("  PostgreSQL statement time by who asked (pg_stat_statements; includes waits):%n");
            while (rs.next()) {
                System.out.printf("    %-70s %7.2f ms  (%d statements)%n", rs.getString(1), rs.getDouble(2) / units,
                        rs.getLong(3));
            }
        } catch (SQLException e) {
            System.out.println("  (no database time by statement: " + e.getMessage() + ")");
        }
    }

    private static Connection database() throws SQLException {
        String url = System.getProperty("kaeru.bench.jdbc", "jdbc:postgresql://localhost:15432/kaeru");
        if ("none".equals(url)) {
            throw new IllegalStateException("kaeru.bench.jdbc=none");
        }
        return DriverManager.getConnection(url, System.getProperty("kaeru.bench.db-user", "postgres"),
                System.getProperty("kaeru.bench.db-password", ""));
    }

    private static String group(String threadName) {
        if (threadName.startsWith("http-thread-poo")) {
            return REQUEST_THREADS;
        }
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return "JIT compiler";
        }
        if (threadName.startsWith("VM Thread") || threadName.startsWith("GC ")) {
            return "garbage collection and VM operations";
        }
        if (threadName.startsWith("http-listener")) {
            return "HTTP connection selectors (Grizzly)";
        }
        if (threadName.startsWith("concurrent/") || threadName.startsWith("__ejb-thread") || threadName.startsWith("kaeru")) {
            return MANAGED_THREADS;
        }
        if (threadName.startsWith("hz.")) {
            return "Hazelcast";
        }
        return OTHER_THREADS;
    }

    /**
     * Splits the request threads' CPU by component and by Kaeru method, and the background threads' CPU by job, from
     * the execution samples.
     */
    private void breakdown(double requestMsPerUnit, double backgroundMsPerUnit) throws IOException {
        Map<String, Long> components = new HashMap<>();
        Map<String, Long> kaeruMethods = new HashMap<>();
        Map<String, Long> jobs = new HashMap<>();
        long samples = 0;
        long backgroundSamples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            var thread = event.getThread("sampledThread");
            String name = thread == null || thread.getJavaName() == null ? "" : thread.getJavaName();
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!name.startsWith("http-thread-pool")) {
                if (name.startsWith("http-listener")) {
                    continue;
                }
                backgroundSamples++;
                jobs.merge(job(frames, name), 1L, Long::sum);
                continue;
            }
            samples++;
            String component = "JDK only";
            String kaeru = "(no Kaeru frame: container work around the request)";
            boolean componentFound = false;
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (!componentFound && !isJdk(type)) {
                    component = component(type);
                    componentFound = true;
                }
                if (type.startsWith("com.kaeru.")) {
                    kaeru = simpleName(type) + "." + frame.getMethod().getName();
                    break;
                }
            }
            components.merge(component, 1L, Long::sum);
            kaeruMethods.merge(kaeru, 1L, Long::sum);
        }
        System.out.printf("%nHTTP request threads by component running (innermost non-JDK frame), %d samples:%n", samples);
        table(components, samples, requestMsPerUnit, 100);
        System.out.printf("%nHTTP request threads by the innermost Kaeru method (inclusive of what it called):%n");
        table(kaeruMethods, samples, requestMsPerUnit, 25);
        System.out.printf("%nBackground threads by job (innermost Kaeru consumer, scheduler, pump, sender…), %d samples:%n",
                backgroundSamples);
        table(jobs, backgroundSamples, backgroundMsPerUnit, 15);
    }

    private static String job(List<RecordedFrame> frames, String threadName) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("com.kaeru.")) {
                String simple = simpleName(type);
                for (String suffix : JOBS) {
                    if (simple.endsWith(suffix)) {
                        return simple;
                    }
                }
            }
        }
        int cut = threadName.indexOf('-');
        return "thread " + (cut > 0 ? threadName.substring(0, cut) : threadName);
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                || type.startsWith("javax.crypto") || type.startsWith("com.sun.crypto");
    }

    private static String simpleName(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        int inner = simple.indexOf('$');
        return inner > 0 ? simple.substring(0, inner) : simple;
    }

    private void table(Map<String, Long> counts, long samples, double msPerUnit, int limit) {
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        rows.stream().limit(limit).forEach(e -> System.out.printf("  %5.1f %%  %6.2f ms  %s%n",
                100.0 * e.getValue() / samples, msPerUnit * e.getValue() / samples, e.getKey()));
    }

    private static String component(String type) {
        for (var e : COMPONENTS.entrySet()) {
            if (type.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "other libraries (" + type.substring(0, Math.max(0, type.indexOf('.', type.indexOf('.') + 1))) + ")";
    }

    private void jcmd(String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("jcmd", Long.toString(payaraPid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(Duration.ofMinutes(2).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) || p.exitValue() != 0
                || out.contains("Could not") || out.contains("No available recording")) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + out.trim());
        }
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final double CLOCK_TICKS = 100.0;

    /** utime + stime of each thread of the process ("name#tid") and of the whole process ("process"). */
    private static Map<String, Long> threadTicks(long pid) throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    // per-thread keys: the name and the thread id, so a thread's own delta is exact
                    ticks.put(name + "#" + task.getFileName(), ticksOf(Files.readString(task.resolve("stat"))));
                } catch (IOException ended) {
                    // the thread ended between listing and reading
                }
            }
        }
        ticks.put("process", processTicks(pid));
        return ticks;
    }

    private static long processTicks(long pid) throws IOException {
        return ticksOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    private static long postgresTicks() throws IOException {
        long sum = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    if (Files.readString(proc.resolve("comm")).strip().equals("postgres")) {
                        sum += ticksOf(Files.readString(proc.resolve("stat")));
                    }
                } catch (IOException ended) {
                    // the process ended between listing and reading
                }
            }
        }
        return sum;
    }

    /** utime + stime from a /proc stat line (fields 14 and 15, counted after the parenthesised name). */
    private static long ticksOf(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
