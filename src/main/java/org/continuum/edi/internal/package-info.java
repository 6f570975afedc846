/**
 * StAEDI-based tokenising, envelope validation and segment-walking for the X12 views; not part of
 * the edi module's API.
 */
package org.continuum.edi.internal;
