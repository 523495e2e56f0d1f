package com.kaeru.backend.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.problem.Problem;
import com.kaeru.api.problem.ProblemTypes;
import com.kaeru.backend.platform.i18n.ApiMessages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Error page for what the container answers before JAX-RS runs — above all the 401 that the
 * MP-JWT mechanism sends for an expired, tampered or foreign token (Payara's default is an HTML
 * page). Registered in {@code web.xml} for 401, 403, 404, 405 and 500.
 */
@WebServlet(urlPatterns = "/errors/container")
public class ContainerErrorServlet extends HttpServlet {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Locale locale = ApiMessages.negotiate(Collections.list(request.getLocales()));
        String type = ProblemTypes.forStatus(status >= 400 ? status : 500);
        String detailKey = switch (status) {
            case 401 -> "problem.unauthorized.invalid-token";
            case 403, 404, 405 -> "problem.http." + status + ".detail";
            default -> "problem.internal.detail";
        };
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = ProblemFactory.problem(locale, type, status, detailKey, List.of(),
                uri == null ? null : uri.toString(), List.of());
        response.setStatus(status);
        response.setContentType(ProblemFactory.PROBLEM_JSON + ";charset=UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"kaeru\", error=\"invalid_token\"");
        }
        response.getWriter().write(JSONB.toJson(problem));
    }
}
