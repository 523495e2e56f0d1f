package com.kaeru.backend.dataexport.domain;

/**
 * One file of an archive as its manifest lists it.
 *
 * @param rows data rows of a CSV (the header not counted); -1 for a JSON or binary file
 */
public record ArchiveEntry(String path, long rows, long bytes, String sha256) {
}
