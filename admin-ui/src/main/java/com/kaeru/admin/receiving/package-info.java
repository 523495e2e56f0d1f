/**
 * The receiving station: a warehouse bench with a keyboard-wedge barcode scanner. Scan the RMA,
 * grade each unit with one key, and the refund or exchange fires; the next parcel follows. The
 * view handles keys and calls, a {@code GradingSession} holds the parcel, a {@code ParcelPanel} shows it.
 */
package com.kaeru.admin.receiving;
