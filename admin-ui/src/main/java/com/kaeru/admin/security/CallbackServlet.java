package com.kaeru.admin.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where Keycloak sends the browser back. The OIDC mechanism has exchanged the code before this
 * runs; what is left is to continue to the page the person originally asked for.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            // Keycloak refused the login or the link was reused: explain instead of looping back
            // into another login attempt.
            response.sendRedirect(request.getContextPath() + "/loggedout?failed");
            return;
        }
        response.sendRedirect(DeepLinks.takeOrRoot(request));
    }
}
