/** Team rules (roles that can be granted here, the last manager) and the directory port. */
package com.kaeru.backend.team.domain;
