/** The reason entity, its repository and the default tree every shop starts with. */
package com.kaeru.backend.reasons.domain;
