/**
 * Orders as sales channels report them: customer, address, timestamps, and per line what the
 * customer actually paid (unit price, line discount, tax), plus order-level discount and shipping.
 * Returns are always made from these lines.
 */
package com.kaeru.backend.orders;
