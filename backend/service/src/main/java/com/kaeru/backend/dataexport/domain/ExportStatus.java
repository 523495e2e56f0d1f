package com.kaeru.backend.dataexport.domain;

/** Where an export is: queued for the worker, being written, downloadable until it expires, or failed. */
public enum ExportStatus {
    QUEUED, RUNNING, READY, FAILED
}
