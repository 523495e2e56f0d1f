/** Use cases of the warehouse: reading stock, locations, stocktakes, and publishing stock changes. */
package com.kaeru.backend.warehouse.application;
