/** The console's client of the backend API, authenticated with the signed-in person's token. */
package com.kaeru.admin.api;
