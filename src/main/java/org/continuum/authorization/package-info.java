/**
 * Prior authorizations: which codes a payer approved for a patient, how many units, for which dates
 * and (when the payer names one) which rendering clinician; how many units claims have used. A
 * patient may hold several at once. Units are consumed atomically, so two claims racing for the
 * last unit cannot both have it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Authorizations")
package org.continuum.authorization;
