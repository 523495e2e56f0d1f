/**
 * The words the API, the console and the portal share: states, methods, outcomes and actions as
 * Java enums, serialised as their constant names (the same strings the wire always carried).
 * Pure enums without dependencies; the backend's domain keeps its own enums with the behaviour and
 * maps to these by name (a backend unit test proves both have the same constants).
 */
package com.kaeru.api.vocabulary;
