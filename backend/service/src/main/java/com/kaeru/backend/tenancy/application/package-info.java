/** Use cases on shops: read them (staff and public), change branding. */
package com.kaeru.backend.tenancy.application;
