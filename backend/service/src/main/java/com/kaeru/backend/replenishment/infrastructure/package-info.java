/** SQL behind the reorder ports (the set-based recompute is the database function recompute_reorder_points) and the managers from the team directory. */
package com.kaeru.backend.replenishment.infrastructure;
