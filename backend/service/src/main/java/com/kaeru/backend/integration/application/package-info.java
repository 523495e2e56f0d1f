/** The upsert use cases. */
package com.kaeru.backend.integration.application;
