package com.kaeru.backend.insights;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.insights.application.ReportGenerator;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployment only: {@code POST /it/report-scheduler?at=<instant>&instances=<n>} runs the report
 * scheduler's pass as of {@code at} on {@code n} threads released at the same moment (two instances
 * ticking together), then once more, and answers how many reports were made in all. The clock is the
 * parameter: no waiting for a real 1st of the month.
 */
@WebServlet("/it/report-scheduler")
public class ReportSchedulerProbe extends HttpServlet {
    @Inject
    ReportGenerator generator;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant at = Instant.parse(request.getParameter("at"));
        int instances = Integer.parseInt(request.getParameter("instances"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> passes = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            passes.add(executor.submit(() -> {
                start.await();
                return generator.runOnce(at);
            }));
        }
        start.countDown();
        int made = 0;
        try {
            for (Future<Integer> pass : passes) {
                made += pass.get(240, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        made += generator.runOnce(at);
        response.setContentType("text/plain");
        response.getWriter().print(made);
    }
}
