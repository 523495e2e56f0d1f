/** Views of one shop: its overview, and later its returns, policy and settings. */
package com.kaeru.admin.shops;
