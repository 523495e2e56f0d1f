/** The Coupons screen: the shop's coupons filtered by status and code/e-mail/RMA; managers issue and void. */
package com.kaeru.admin.coupons;
