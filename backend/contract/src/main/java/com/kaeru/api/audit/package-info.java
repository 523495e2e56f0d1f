/** The shop's audit trail: who did what, when, to which return, refund, key or setting. */
package com.kaeru.api.audit;
