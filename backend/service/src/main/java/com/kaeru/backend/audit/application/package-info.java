/** Writing and reading the audit trail. */
package com.kaeru.backend.audit.application;
