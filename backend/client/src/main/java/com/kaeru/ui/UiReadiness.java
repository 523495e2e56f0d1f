package com.kaeru.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * When a Vaadin UI can serve a browser: its Vaadin service has started and the backend API it
 * calls answers as the API (an unauthenticated {@code GET /me} is refused with 401 by the API; a
 * 404 or no answer means the API is not deployed yet). Each UI reports this as its own readiness
 * check, so {@code /health/ready} is UP only when the console and the portal work, not merely
 * when the API does. Each UI declares a {@code @Readiness @ApplicationScoped} subclass.
 */
public abstract class UiReadiness implements HealthCheck {
    /** HTTP/1.1: no h2c upgrade against Payara's plain-HTTP listener (its HTTP/2 code can deadlock on it). */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    private String apiUrl;
    private volatile boolean vaadinStarted;

    /** The check's name in {@code /health/ready}. */
    protected abstract String name();

    @Inject
    protected void configure(@ConfigProperty(name = "kaeru.api.url") String apiUrl) {
        this.apiUrl = apiUrl.replaceAll("/$", "");
    }

    protected void vaadinStarted(@Observes ServiceInitEvent event) {
        vaadinStarted = true;
    }

    @Override
    public HealthCheckResponse call() {
        boolean apiAnswers = apiAnswers();
        return HealthCheckResponse.named(name()).status(vaadinStarted && apiAnswers)
                .withData("vaadin", vaadinStarted).withData("api", apiAnswers).build();
    }

    private boolean apiAnswers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/me")).timeout(Duration.ofSeconds(3))
                    .GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 401;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
