/** The ledger entry, the gift code and the rules of spending them. */
package com.kaeru.backend.credit.domain;
