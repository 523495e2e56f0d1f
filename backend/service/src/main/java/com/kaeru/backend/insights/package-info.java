/** Insights: return analytics, KPIs, today's work counts and the agency roll-up (docs/insights.md). */
package com.kaeru.backend.insights;
