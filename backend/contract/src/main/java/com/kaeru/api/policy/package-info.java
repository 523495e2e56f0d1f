/** The shop's pre-approval policy: ordered rules with conditions and outcomes. */
package com.kaeru.api.policy;
