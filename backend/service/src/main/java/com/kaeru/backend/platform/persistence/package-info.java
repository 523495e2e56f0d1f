/**
 * Database plumbing: the data source, Flyway migrations at start-up, and {@link
 * com.kaeru.backend.platform.persistence.TenantSession}, which tells PostgreSQL's row-level
 * security which shop the current transaction works for.
 * <p>
 * Two walls keep shops apart: every repository query filters by shop id, and every tenant-owned
 * table has a FORCEd RLS policy on {@code app.tenant_id}. A transaction that never bound a tenant
 * sees no tenant rows and cannot write any.
 * <p>
 * Two pools serve the one persistence unit: the primary ({@link
 * com.kaeru.backend.platform.persistence.KaeruDataSource}) and a read-only one, a replica where
 * configured ({@link com.kaeru.backend.platform.persistence.KaeruReadDataSource}); use cases marked
 * {@link com.kaeru.backend.platform.persistence.ReadReplica} run their whole transaction on the latter
 * ({@link com.kaeru.backend.platform.persistence.ReadReplicaRouting}), with the same two walls.
 */
package com.kaeru.backend.platform.persistence;
