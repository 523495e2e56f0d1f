/**
 * Staff login through Keycloak with Jakarta Security's OpenID Connect mechanism (the stack facts
 * list the traps avoided here: the definition must sit on an application-scoped bean, the
 * callback needs its own servlet, and the deep link is remembered by hand).
 */
package com.kaeru.admin.security;
