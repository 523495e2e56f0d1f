/** PDF building blocks shared by every document the service draws (labels, reports): the Japanese font. */
package com.kaeru.backend.platform.pdf;
