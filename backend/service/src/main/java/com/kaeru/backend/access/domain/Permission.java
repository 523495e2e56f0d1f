package com.kaeru.backend.access.domain;

/** What a role may do in a shop. Use cases ask for a permission, never for a role. */
public enum Permission {
    /** See the shop, its returns and settings. */
    VIEW_SHOP,
    /** Approve, receive, grade and resolve returns. */
    PROCESS_RETURNS,
    /** Read reports and KPIs, export data. */
    VIEW_REPORTS,
    /** Approve refunds above the shop's limit. */
    APPROVE_REFUNDS,
    /** Change policy, branding and other settings. */
    MANAGE_SETTINGS,
    /** Invite people, change roles, remove access. */
    MANAGE_TEAM,
    /** Send products, stock and orders through the integrator API (managers and API keys). */
    IMPORT_DATA,
    /** Correct stock by hand: post stocktake adjustments, add locations, write off units (managers). */
    ADJUST_STOCK,
    /** Buy stock: place, reschedule, confirm and cancel purchase orders (managers). Receiving is PROCESS_RETURNS. */
    MANAGE_SUPPLY,
    /** Issue coupons by hand and void unused ones (managers). */
    ISSUE_COUPONS
}
