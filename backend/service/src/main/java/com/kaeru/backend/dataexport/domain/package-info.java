/**
 * An export request and the rules of its life ({@code DataExport}: who may download it when), the archive's
 * format ({@code ArchiveFormat}: file names, which columns are secrets and are masked, the manifest's version),
 * and the ports the application uses: the export repository and the archive writer.
 */
package com.kaeru.backend.dataexport.domain;
