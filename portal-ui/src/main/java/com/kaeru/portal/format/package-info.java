/** Locale-aware formatting of money (minor units + currency) and dates for customers. */
package com.kaeru.portal.format;
