/** Reading balances and redeeming credit and codes: access rules, idempotency, audit. */
package com.kaeru.backend.credit.application;
