/** Return use cases; each checks access through {@code ShopAccess} first. */
package com.kaeru.backend.returns.application;
