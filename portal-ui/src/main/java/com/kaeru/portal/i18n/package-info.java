/** Portal translations (bundles {@code i18n/portal*.properties}) and the language choice. */
package com.kaeru.portal.i18n;
