/** Return requests for staff: queue, detail, approval, receiving, grading, refunds. */
package com.kaeru.api.returns;
