/**
 * The practice as billing sees it: the organisation and its billing provider (NPI, tax id,
 * taxonomy, address), the clinicians who render services (NPI, credential, licensure level,
 * prescriber or not), the patients, and each patient's coverages with member id, subscriber and
 * priority. Other modules refer to these by id; demographics never leave this module except on a
 * claim going to a payer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice")
package org.continuum.practice;
