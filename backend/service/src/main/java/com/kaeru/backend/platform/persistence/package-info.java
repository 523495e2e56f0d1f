/**
 * Database plumbing: the data source, Flyway migrations at start-up, and {@link
 * com.kaeru.backend.platform.persistence.TenantSession}, which tells PostgreSQL's row-level
 * security which shop the current transaction works for.
 * <p>
 * Two walls keep shops apart: every repository query filters by shop id, and every tenant-owned
 * table has a FORCEd RLS policy on {@code app.tenant_id}. A transaction that never bound a tenant
 * sees no tenant rows and cannot write any.
 */
package com.kaeru.backend.platform.persistence;
