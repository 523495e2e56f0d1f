/** Where a customer's return stands: the timeline, the confirmation after submission, cancelling. */
package com.kaeru.portal.status;
