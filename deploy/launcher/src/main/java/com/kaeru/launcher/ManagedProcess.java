package com.kaeru.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A server process started by the launcher: output goes to a log file, the pid to a pid file,
 * and {@link #stop()} ends it and its children.
 */
public final class ManagedProcess implements AutoCloseable {
    /**
     * HTTP/1.1: the JDK client's default (HTTP/2) asks plain-HTTP Payara for an h2c upgrade, and Grizzly's HTTP/2
     * code once deadlocked two listener threads on it (thread dump of a hung start in CI); the request then hung
     * past its own 5 s timeout and the start never ended.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ManagedProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /**
     * Starts {@code command}; a process of the same name left over by a crashed run is stopped first.
     *
     * @param marker a string found in the command line of this kind of process, to recognise leftovers
     */
    public static ManagedProcess start(String name, String marker, List<String> command, Path workDir,
                                       Map<String, String> environment, Path runDir) {
        try {
            Files.createDirectories(runDir);
            Path pidFile = runDir.resolve(name + ".pid");
            StaleProcesses.stopRecorded(pidFile, marker);
            Path logFile = runDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ManagedProcess(name, process, logFile, pidFile);
        } catch (IOException e) {
            throw new LaunchException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until {@code url} answers 2xx. */
    public void awaitHttpOk(String url, Duration timeout) {
        await(url, timeout, (status, body) -> status >= 200 && status < 300);
    }

    /**
     * Waits until {@code url} gives an answer that {@code ready} accepts. Fails fast, with the end of
     * the log, if the process dies.
     */
    public void await(String url, Duration timeout, java.util.function.BiPredicate<Integer, String> ready) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException(name + " stopped during start-up (exit code " + process.exitValue()
                        + "). Last lines of " + logFile + ":\n" + tail(40));
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (ready.test(response.statusCode(), response.body())) {
                    return;
                }
                String body = response.body() == null ? "" : response.body();
                lastAnswer = "HTTP " + response.statusCode() + " " + body.substring(0, Math.min(body.length(), 800));
            } catch (IOException e) {
                lastAnswer = e.toString(); // not listening yet, or too slow to answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Interrupted while waiting for " + name);
            }
            try {
                process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Interrupted while waiting for " + name);
            }
        }
        throw new LaunchException(name + " was not ready within " + timeout.toSeconds() + " s (" + url
                + " last answered: " + lastAnswer + "). " + threadDump() + "Last lines of " + logFile + ":\n" + tail(40));
    }

    /**
     * The JVM's threads when it never became ready (a start-up that hangs is a lock, and the dump names
     * it), written beside the log; best effort, the failure is reported either way.
     */
    private String threadDump() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path dump = logFile.resolveSibling(name + "-threads.txt");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
            return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0
                    ? "Its threads: " + dump + ". " : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void stop() {
        if (process.isAlive()) {
            StaleProcesses.terminate(process.toHandle(), Duration.ofSeconds(30));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // harmless: the next start checks the recorded process before trusting the file
        }
    }

    @Override
    public void close() {
        stop();
    }
}
