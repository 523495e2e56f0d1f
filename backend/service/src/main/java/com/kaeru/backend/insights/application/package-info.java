/** Insights use cases: access checks, period resolution and the aggregate queries. */
package com.kaeru.backend.insights.application;
