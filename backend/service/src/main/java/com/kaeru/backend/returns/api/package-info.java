/** REST resources of the returns capability. */
package com.kaeru.backend.returns.api;
