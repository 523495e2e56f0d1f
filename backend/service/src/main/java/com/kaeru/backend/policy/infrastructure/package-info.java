/** JPA implementation of the policy repository. */
package com.kaeru.backend.policy.infrastructure;
