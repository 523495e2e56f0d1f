/** Roles, permissions and the parsing of membership claims; pure rules, no framework. */
package com.kaeru.backend.access.domain;
