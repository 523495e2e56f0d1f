/** Uploaded media: recognising image types by their bytes. */
package com.kaeru.backend.platform.media;
