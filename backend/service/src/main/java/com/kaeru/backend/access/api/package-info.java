/** {@code /me}: who the caller is and which shops they may work in. */
package com.kaeru.backend.access.api;
