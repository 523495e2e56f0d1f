/** Who is calling: identity, shops and per-shop roles. */
package com.kaeru.api.me;
