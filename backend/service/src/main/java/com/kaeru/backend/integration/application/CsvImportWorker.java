package com.kaeru.backend.integration.application;

import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.platform.errors.KaeruException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Runs large CSV commits ({@link CsvImportService#commit} moved the job to COMMITTING) on the default managed
 * executor once the request's transaction has committed. A refusal (ALL_OR_NOTHING and an order the upsert rejects)
 * or a failure rolls the import back and puts the job back to PREVIEWED with the reason, so no job stays COMMITTING
 * because of an error.
 */
@ApplicationScoped
public class CsvImportWorker {
    private static final Logger LOG = Logger.getLogger(CsvImportWorker.class.getName());

    @Inject
    CsvImportService imports;
    @Inject
    ImportProgress progress;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CsvImportService.BackgroundCommit commit) {
        try {
            executor.execute(() -> run(commit));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "CSV import could not be started", e);
            progress.fail(commit.shopId(), commit.jobId(), "problem.import.failed", "busy");
        }
    }

    void run(CsvImportService.BackgroundCommit commit) {
        long started = System.nanoTime();
        try {
            imports.commitInBackground(commit.shopId(), commit.jobId());
            LOG.info(() -> "CSV import " + commit.jobId() + " committed in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            KaeruException refusal = refusal(e);
            if (refusal == null) {
                LOG.log(Level.WARNING, "CSV import " + commit.jobId() + " failed and was rolled back", e);
            }
            try {
                progress.fail(commit.shopId(), commit.jobId(),
                        refusal != null ? refusal.messageKey() : "problem.import.failed",
                        refusal == null ? e.getClass().getSimpleName()
                                : refusal.arguments().isEmpty() ? "" : String.valueOf(refusal.arguments().get(0)));
            } catch (RuntimeException f) {
                LOG.log(Level.SEVERE, "CSV import " + commit.jobId() + " could not be put back to PREVIEWED", f);
            }
        } catch (Error e) {
            LOG.log(Level.SEVERE, "CSV import " + commit.jobId() + " failed", e);
            throw e;
        }
    }

    private static KaeruException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KaeruException k) {
                return k;
            }
        }
        return null;
    }
}
