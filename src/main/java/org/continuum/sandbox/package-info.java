/**
 * The demo: a deterministic synthetic group practice (clinicians of every licensure level,
 * patients, coverages across Medicare, a state Medicaid plan, two commercial payers and an EAP, fee
 * schedules and authorizations), one user per group with the documented password, and later the
 * sandbox payer that answers 837P batches. Active only in the {@code demo} profile; nothing here
 * runs against a production database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sandbox (demo profile)")
package org.continuum.sandbox;
