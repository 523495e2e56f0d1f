/**
 * Tenancy: the tenant registry, agencies and the shops they run, and nothing else. The shop is the
 * tenant; every tenant-owned row carries its shop id. The {@code shop} and {@code agency} tables
 * are the registry itself, read before any tenant is known (portal branding, access checks), so
 * every shop may be read, only the bound shop updated, and none deleted by the application role.
 * <p>
 * It is the bottom of the business capabilities: it depends on {@code platform} alone, and
 * everything else (starting with {@code access}, whose door returns a {@code Shop}) may use it.
 * The use cases on shops (settings, branding, opening one) live in {@code shops}.
 */
package com.kaeru.backend.tenancy;
