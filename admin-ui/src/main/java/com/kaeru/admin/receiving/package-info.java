/**
 * The receiving station: a warehouse bench with a keyboard-wedge barcode scanner. Scan the RMA,
 * grade each unit with one key, and the refund or exchange fires; the next parcel follows.
 */
package com.kaeru.admin.receiving;
