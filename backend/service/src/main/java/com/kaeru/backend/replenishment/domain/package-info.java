/** The reorder formula, settings and alerts, and the ports to the database and to the team directory. */
package com.kaeru.backend.replenishment.domain;
