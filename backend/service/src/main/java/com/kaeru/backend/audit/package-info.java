/**
 * Audit trail: who did what, when, from which state to which, and why — for every transition of
 * every return, refund approval and setting change. Append-only (the application role may not
 * update it), so work never depends on one person's memory (属人化).
 */
package com.kaeru.backend.audit;
