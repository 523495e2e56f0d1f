/** REST resource of the public {@code /addresses} endpoints. */
package com.kaeru.backend.address.api;
