/** Allocation by largest remainder and the refundable amount of returned units. */
package com.kaeru.backend.money.domain;
