/** Vaadin helpers shared by the staff console and the customer portal. */
package com.kaeru.ui;
