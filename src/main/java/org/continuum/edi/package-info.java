/**
 * X12 reading and writing: detecting what an inbound file is, reading 835 remittances, 999
 * acknowledgments and 277CA claim acknowledgments into immutable typed views, and writing 837P
 * claim batches from a typed input model. The module knows the X12 005010 structures and nothing of
 * Continuum's claims, payers or patients: callers translate between their aggregates and these
 * views. A file that is not well-formed X12 is rejected whole with an {@link
 * org.continuum.edi.X12FormatException}; no partial view is ever returned. Parsing details live in
 * {@code edi.internal} on top of StAEDI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "EDI (X12)")
package org.continuum.edi;
