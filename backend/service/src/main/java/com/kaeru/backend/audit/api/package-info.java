/** REST resource for searching the audit trail. */
package com.kaeru.backend.audit.api;
