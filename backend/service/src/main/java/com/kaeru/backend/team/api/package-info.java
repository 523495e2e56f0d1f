/** JAX-RS resources of the team and agency contracts; no rules here. */
package com.kaeru.backend.team.api;
