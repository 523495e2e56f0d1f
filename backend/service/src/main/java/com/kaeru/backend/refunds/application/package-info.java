/** Requesting, approving and paying refunds. */
package com.kaeru.backend.refunds.application;
