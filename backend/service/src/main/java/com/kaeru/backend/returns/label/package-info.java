/**
 * The prepaid return label: a 100×150 mm PDF (the common thermal-label size) that the customer
 * prints and sticks on the parcel, and whose QR code and Code 128 barcode of the RMA number the
 * warehouse scans on arrival. {@link com.kaeru.backend.returns.label.ReturnLabel} is the plain
 * data, {@link com.kaeru.backend.returns.label.ReturnLabelRenderer} draws it (OpenPDF, the bundled
 * IPAex Gothic font, ZXing codes as vectors), {@link com.kaeru.backend.returns.label.ShopLogos}
 * fetches shop logos carefully. Which returns get a label is the domain's rule
 * ({@code ReturnRequest.requireLabel}); the use cases are in {@code returns.application}.
 */
package com.kaeru.backend.returns.label;
