package com.kaeru.backend.address.application;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.address.AddressCheck;
import com.kaeru.address.PostalDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

/**
 * Holds the one postal directory of this server. Loading takes 1–4 s on a cold JVM (~26 MB of
 * heap), so it starts with the application, in the background, overlapping the database migration
 * and the other start-up work; readiness ({@link PostalDataReadinessCheck}) waits for it, and a
 * request arriving earlier waits for it too. The directory and check are immutable and
 * thread-safe; they are produced as dependent beans because CDI cannot proxy their final classes.
 */
@ApplicationScoped
public class PostalData {
    private static final Logger LOG = Logger.getLogger(PostalData.class.getName());

    /** Both or neither: the check is built on the directory. */
    private record Loaded(PostalDirectory directory, AddressCheck check) {
    }

    @Resource
    ManagedExecutorService executor;

    private CompletableFuture<Loaded> loading;

    @PostConstruct
    void startLoading() {
        loading = CompletableFuture.supplyAsync(PostalData::load, executor);
        loading.whenComplete((loaded, failure) -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "The postal directory could not be loaded", failure);
            }
        });
    }

    private static Loaded load() {
        long start = System.nanoTime();
        PostalDirectory directory = PostalDirectory.load();
        LOG.info(() -> "Postal directory " + directory.source() + " (" + directory.dataVersion() + "): "
                + directory.postalCodeCount() + " codes loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return new Loaded(directory, new AddressCheck(directory));
    }

    /** Delivering the start-up event creates this bean, and so starts the loading. */
    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    }

    public boolean isLoaded() {
        return loading.isDone() && !loading.isCompletedExceptionally();
    }

    @Produces
    public PostalDirectory directory() {
        return loading.join().directory();
    }

    @Produces
    public AddressCheck check() {
        return loading.join().check();
    }
}
