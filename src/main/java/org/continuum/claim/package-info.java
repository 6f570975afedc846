/**
 * Claims and their lines: what is billed to which payer for which session, with codes, modifiers,
 * units, charges and diagnosis pointers, and where the claim stands. A claim's id is the business
 * key of its claim-lifecycle process instance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims")
package org.continuum.claim;
