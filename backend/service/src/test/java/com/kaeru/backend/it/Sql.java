package com.kaeru.backend.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the test database as the superuser (bypassing RLS) to check what the API really did. */
public final class Sql {
    private Sql() {
    }

    public static long number(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl("kaeru"), "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row as text ({@code null} when there is no row). */
    public static String text(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl("kaeru"), "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes data as the superuser, e.g. to put a demo shop into a state no API can reach; returns the rows changed. */
    public static int execute(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl("kaeru"), "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
