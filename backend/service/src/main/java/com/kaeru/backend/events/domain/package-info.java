/** The retry schedule of deliveries: pure rules, no framework. */
package com.kaeru.backend.events.domain;
