/** The inventory REST resource and its CSV discrepancy report. */
package com.kaeru.backend.warehouse.api;
