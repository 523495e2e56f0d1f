/** Text for files other systems read: CSV in the encodings Japanese shop systems and spreadsheets expect. */
package com.kaeru.backend.platform.text;
