/** The shop's portal landing page and the friendly page for unknown shops. */
package com.kaeru.portal.shop;
