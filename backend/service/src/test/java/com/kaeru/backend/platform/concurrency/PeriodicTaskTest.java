package com.kaeru.backend.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A failed pass does not escape the timer; a long pass spaces the next ones out by the busy share. */
class PeriodicTaskTest {

    /** A task on a hand-moved clock whose pass takes {@code passNanos} of it. */
    static final class CountingTask extends PeriodicTask {
        long now = 1_000_000_000L;
        long passNanos;
        int passes;
        boolean fail;
        double share = 1.0;

        @Override
        protected Schedule schedule() {
            return new Schedule("kaeru.test.interval-seconds", 5, null);
        }

        @Override
        protected void runOnce() {
            passes++;
            now += passNanos;
            if (fail) {
                throw new IllegalStateException("database away");
            }
        }

        @Override
        protected String description() {
            return "Test pass";
        }

        @Override
        protected double busyShare() {
            return share;
        }

        @Override
        protected long nanoTime() {
            return now;
        }
    }

    @Test
    void aFailingPassIsLoggedAndTheNextTickRunsAgain() {
        CountingTask task = new CountingTask();
        task.fail = true;
        task.tick();
        task.tick();
        assertThat(task.passes).isEqualTo(2);
    }

    @Test
    void withTheWholeTimeAllowedEveryTickRuns() {
        CountingTask task = new CountingTask();
        task.passNanos = TimeUnit.SECONDS.toNanos(20);
        task.tick();
        task.tick();
        assertThat(task.passes).isEqualTo(2);
    }

    @Test
    void aQuarterShareWaitsThreeTimesThePassBeforeTheNext() {
        CountingTask task = new CountingTask();
        task.share = 0.25;
        task.passNanos = TimeUnit.SECONDS.toNanos(4);
        task.tick();                                   // takes 4 s: the next may start 12 s after it ended
        task.now += TimeUnit.SECONDS.toNanos(5);
        task.tick();
        task.now += TimeUnit.SECONDS.toNanos(5);
        task.tick();
        assertThat(task.passes).isEqualTo(1);
        task.now += TimeUnit.SECONDS.toNanos(2);       // 12 s after the end of the first pass
        task.tick();
        assertThat(task.passes).isEqualTo(2);
    }

    @Test
    void pauseIsProportionalToThePass() {
        assertThat(PeriodicTask.pauseAfter(1_000, 0.25)).isEqualTo(3_000);
        assertThat(PeriodicTask.pauseAfter(1_000, 0.5)).isEqualTo(1_000);
        assertThat(PeriodicTask.pauseAfter(1_000, 1.0)).isZero();
        assertThat(PeriodicTask.pauseAfter(0, 0.25)).isZero();
    }
}
