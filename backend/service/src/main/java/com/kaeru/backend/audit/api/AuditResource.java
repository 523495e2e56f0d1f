package com.kaeru.backend.audit.api;

import com.kaeru.api.audit.AuditApi;
import com.kaeru.api.audit.AuditFacetsDto;
import com.kaeru.api.audit.AuditPageDto;
import com.kaeru.backend.audit.application.AuditSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class AuditResource implements AuditApi {
    @Inject
    AuditSearch search;

    @Override
    public AuditPageDto search(String slug, String entityType, String entity, String actor, String action, String from,
                               String to, int page, int size) {
        return search.search(slug, new AuditSearch.Filter(entityType, entity, actor, action, from, to), page, size);
    }

    @Override
    public AuditFacetsDto facets(String slug) {
        return search.facets(slug);
    }
}
