/** The consumer interface and registry, the stored event and its JSON form, and the workers that deliver events to consumers. */
package com.kaeru.backend.events.application;
