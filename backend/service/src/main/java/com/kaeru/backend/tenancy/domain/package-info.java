/** Agency and Shop aggregates, the shop slug and return address value objects, and their repositories. */
package com.kaeru.backend.tenancy.domain;
