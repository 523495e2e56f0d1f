/** Agency and Shop aggregates, the shop slug value object, and their repositories. */
package com.kaeru.backend.tenancy.domain;
