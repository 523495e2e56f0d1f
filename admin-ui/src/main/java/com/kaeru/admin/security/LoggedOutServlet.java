package com.kaeru.admin.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A plain page after logout (outside Vaadin, which needs a session), with a way back in. */
@WebServlet("/loggedout")
public class LoggedOutServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        boolean failed = request.getParameter("failed") != null;
        PlainPage.write(request, response, HttpServletResponse.SC_OK,
                failed ? "admin.loginFailed.title" : "admin.loggedOut.title",
                failed ? "admin.loginFailed.body" : "admin.loggedOut.body", "admin.loggedOut.again");
    }
}
