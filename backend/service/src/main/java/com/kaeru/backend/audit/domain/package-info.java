/** The audit event entity. */
package com.kaeru.backend.audit.domain;
