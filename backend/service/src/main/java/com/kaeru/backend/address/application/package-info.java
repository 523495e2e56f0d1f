/** The postal directory loaded once per server, and the use cases: look up a code, check an address. */
package com.kaeru.backend.address.application;
