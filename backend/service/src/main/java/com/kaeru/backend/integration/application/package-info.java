/** The upsert use cases and API key management. */
package com.kaeru.backend.integration.application;
