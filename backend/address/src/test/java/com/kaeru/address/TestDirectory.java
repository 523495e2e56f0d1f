package com.kaeru.address;

/** The bundled directory, loaded once for all test classes (it takes about a second). */
final class TestDirectory {
    private static final PostalDirectory DIRECTORY = PostalDirectory.load();

    private TestDirectory() {
    }

    static PostalDirectory get() {
        return DIRECTORY;
    }
}
