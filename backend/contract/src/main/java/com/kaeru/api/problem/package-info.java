/** RFC 9457 problem details returned for every error, with stable type URIs. */
package com.kaeru.api.problem;
