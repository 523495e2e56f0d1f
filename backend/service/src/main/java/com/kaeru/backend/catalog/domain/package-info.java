/** Product and Variant entities and their repository. Stock lives in the inventory capability. */
package com.kaeru.backend.catalog.domain;
