/** REST resource of the policy capability. */
package com.kaeru.backend.policy.api;
