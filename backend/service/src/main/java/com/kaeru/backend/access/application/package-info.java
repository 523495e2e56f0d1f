/** The caller of the current request and the access check every shop-scoped use case makes. */
package com.kaeru.backend.access.application;
