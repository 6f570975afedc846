/**
 * Appointments the practice has booked: patient, clinician, procedure code, date and whether the
 * visit is still scheduled, was cancelled or took place. They exist so that authorizations can be
 * forecast against what is booked; recording them announces which patients' bookings changed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appointments")
package org.continuum.appointment;
