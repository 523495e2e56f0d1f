/** Rules, their conditions and outcomes, and the pure engine that evaluates them. */
package com.kaeru.backend.policy.domain;
