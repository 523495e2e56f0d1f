/** The shop's audit log for managers: who did what and when, searchable, in the shop's time zone. */
package com.kaeru.admin.audit;
