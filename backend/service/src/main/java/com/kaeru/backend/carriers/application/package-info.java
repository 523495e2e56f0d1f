/** The exports' rows and the tracking import, line by line (each line one transaction). */
package com.kaeru.backend.carriers.application;
