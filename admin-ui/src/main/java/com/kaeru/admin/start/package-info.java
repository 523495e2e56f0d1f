/** The console's entry: sends people to their shop, or explains that they have none yet. */
package com.kaeru.admin.start;
