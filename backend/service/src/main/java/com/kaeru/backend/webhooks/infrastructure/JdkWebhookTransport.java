package com.kaeru.backend.webhooks.infrastructure;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.kaeru.backend.webhooks.domain.WebhookTransport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link java.net.http.HttpClient} without redirects (a 3xx is a failed attempt, never a hop to
 * somewhere the guard did not check), with a connect timeout and a bound on the whole exchange
 * including the body, of which only the first {@value #EXCERPT} bytes are kept: a receiver that
 * hangs or streams forever costs one worker for at most the timeout.
 */
@ApplicationScoped
public class JdkWebhookTransport implements WebhookTransport {
    static final int EXCERPT = 2000;

    @Inject
    @ConfigProperty(name = "kaeru.webhooks.connect-timeout-seconds", defaultValue = "5")
    int connectTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "kaeru.webhooks.timeout-seconds", defaultValue = "15")
    int timeoutSeconds;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(connectTimeoutSeconds)).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Response post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(timeoutSeconds))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> future = client.sendAsync(request.build(), info -> new Excerpt());
        try {
            HttpResponse<String> response = future.get(timeoutSeconds, TimeUnit.SECONDS);
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), since(start));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Response(0, "timeout after " + timeoutSeconds + " s", null, since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Response(0, "interrupted", null, since(start));
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Response(0, cause.getClass().getSimpleName() + ": " + cause.getMessage(), null, since(start));
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Keeps the first bytes of the body and stops reading: the rest is not worth waiting for. */
    private static final class Excerpt implements HttpResponse.BodySubscriber<String> {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer buffer : items) {
                byte[] chunk = new byte[Math.min(buffer.remaining(), EXCERPT - bytes.size())];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            if (bytes.size() >= EXCERPT) {
                subscription.cancel();
                onComplete();
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
