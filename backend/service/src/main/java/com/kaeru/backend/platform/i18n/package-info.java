/** Message bundles of the API (problem titles and details) in Japanese and English. */
package com.kaeru.backend.platform.i18n;
