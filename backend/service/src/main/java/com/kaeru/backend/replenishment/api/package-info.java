/** The reorder settings and alerts REST resources and the alerts CSV. */
package com.kaeru.backend.replenishment.api;
