/** The branded page frame shared by portal views: header with logo and language switch, footer. */
package com.kaeru.portal.layout;
