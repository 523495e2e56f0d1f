/** Product, Variant and StockLevel entities and their repositories. */
package com.kaeru.backend.catalog.domain;
