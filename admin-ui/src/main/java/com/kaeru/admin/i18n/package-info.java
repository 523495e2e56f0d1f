/** Console translations ({@code i18n/admin*.properties}) and the staff member's language choice. */
package com.kaeru.admin.i18n;
