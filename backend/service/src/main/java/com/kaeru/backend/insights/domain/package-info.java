/** Insights rules without I/O: periods and their limits, the fit signal, lead-time statistics. */
package com.kaeru.backend.insights.domain;
