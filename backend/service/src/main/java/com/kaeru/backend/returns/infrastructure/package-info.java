/** JPA implementations of the returns repositories. */
package com.kaeru.backend.returns.infrastructure;
