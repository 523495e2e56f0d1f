/** Use cases on shops: read them (staff and public), change branding and settings, open a client shop. */
package com.kaeru.backend.shops.application;
