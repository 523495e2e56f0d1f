/** Cross-cutting plumbing shared by every capability; no business rules live here. */
package com.kaeru.backend.platform;
