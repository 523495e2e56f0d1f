/** JPA implementation of the reason repository. */
package com.kaeru.backend.reasons.infrastructure;
