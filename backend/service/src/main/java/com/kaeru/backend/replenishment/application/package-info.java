/** Use cases: settings (read, change, recompute), alerts, and the daily digest to managers. */
package com.kaeru.backend.replenishment.application;
