package com.kaeru.launcher;

/** A start-up failure with a message meant for the person at the terminal (no stack trace). */
public class LaunchException extends RuntimeException {
    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
