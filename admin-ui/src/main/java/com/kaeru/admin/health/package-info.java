/** This UI's readiness for {@code /health/ready}. */
package com.kaeru.admin.health;
