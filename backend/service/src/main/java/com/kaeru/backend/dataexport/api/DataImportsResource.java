package com.kaeru.backend.dataexport.api;

import java.io.InputStream;

import com.kaeru.api.dataexport.DataImportDto;
import com.kaeru.api.dataexport.DataImportsApi;
import com.kaeru.backend.dataexport.application.DataImportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Imports of export ZIPs over HTTP. */
@RequestScoped
@SecurityRequirement(name = "bearer")
public class DataImportsResource implements DataImportsApi {
    @Inject
    DataImportService imports;

    @Override
    public DataImportDto restore(String slug, InputStream archive) {
        return imports.restore(slug, archive, MAX_ARCHIVE_BYTES);
    }
}
