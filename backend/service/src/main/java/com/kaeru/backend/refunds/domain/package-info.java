/** The refund entity, its repository and the provider interface. */
package com.kaeru.backend.refunds.domain;
