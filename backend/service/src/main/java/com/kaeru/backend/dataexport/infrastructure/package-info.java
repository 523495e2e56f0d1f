/**
 * SQL behind the ports: the export rows and their stored parts, and the archive writer that streams every tenant
 * table of a shop (JDBC with a fetch size, one repeatable-read snapshot) into CSV entries of a ZIP.
 */
package com.kaeru.backend.dataexport.infrastructure;
