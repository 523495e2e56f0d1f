/** The HTTP door of data exports and imports ({@code com.kaeru.api.dataexport}); no rules here. */
package com.kaeru.backend.dataexport.api;
