/**
 * Tenancy: agencies and the shops they run. The shop is the tenant; every tenant-owned row
 * carries its shop id. The {@code shop} and {@code agency} tables are the tenant registry
 * itself, read before any tenant is known (portal branding, access checks), so they have no
 * row-level policy; the application role may not delete from them.
 */
package com.kaeru.backend.tenancy;
