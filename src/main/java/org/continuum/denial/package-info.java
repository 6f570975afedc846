/**
 * Working denials: the rules for what may be done with a denied claim, whatever the routing
 * decision recommended. A corrected claim needs the payer's claim number; an appeal needs an
 * appealable denial (a timely-filing denial only with proof of a timely original); only a
 * patient-responsibility amount is billed to the patient, never a contractual (CO) one; a write-off
 * needs a reason and, above a configured amount, a manager's approval. Every action is recorded on
 * the claim with who took it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Denial")
package org.continuum.denial;
