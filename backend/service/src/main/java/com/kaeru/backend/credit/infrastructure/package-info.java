/** The store-credit ledger and gift codes in SQL (the balance itself is kept by V210's trigger). */
package com.kaeru.backend.credit.infrastructure;
