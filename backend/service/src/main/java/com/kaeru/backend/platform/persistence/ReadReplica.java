package com.kaeru.backend.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Runs the method's transaction, as a whole, on the read-only data source ({@link KaeruReadDataSource}):
 * for reads that tolerate a second of replication lag (the agency's cross-shop queue, the insights).
 * Put it next to {@code @Transactional}: the transaction must be the method's own, since a JTA
 * transaction holds one connection of one pool (the two pools are not XA). A transaction that has
 * already used the primary stays there, so whatever a caller wrote earlier in it is read back.
 * Everything else, and everything a user reads back right after writing, stays on the primary.
 * <p>
 * The tenant binding ({@link TenantSession}) runs on that connection like on the primary's, so
 * row-level security applies there as well. A write in such a transaction fails (the sessions are
 * read-only).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadReplica {
}
