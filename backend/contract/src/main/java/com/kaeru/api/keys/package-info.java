/** Per-shop API keys for integrators (managers create and revoke them). */
package com.kaeru.api.keys;
