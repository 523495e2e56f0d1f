/** The console frame: shop selector, navigation, language and the user menu. */
package com.kaeru.admin.layout;
