/**
 * The audit trail: who viewed or changed protected health information and who took each billing
 * decision, in an append-only table whose entries are chained by SHA-256 so that a changed or
 * removed entry shows. Other modules record through {@link org.continuum.audit.AuditTrail}; reads
 * and changes through the API are recorded here by path, without the modules knowing. Entries hold
 * ids and field names, never the values themselves, so the trail is no second copy of the PHI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.continuum.audit;
