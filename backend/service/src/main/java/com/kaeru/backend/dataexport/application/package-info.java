/**
 * The use cases: request, list and download an export ({@code DataExportService}); the worker that claims queued
 * exports and writes them ({@code DataExportWorker}, its transactional steps and its cluster-safe timer); the
 * import of an export into an empty shop ({@code DataImportService}).
 */
package com.kaeru.backend.dataexport.application;
