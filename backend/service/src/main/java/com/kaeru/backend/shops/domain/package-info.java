/** A proposed change of the refund approval limit (four eyes), and the store of shop logos. */
package com.kaeru.backend.shops.domain;
