package org.continuum.appointment;

import java.util.Set;

/** Bookings of these patients were added or changed; forecasts that depend on them are stale. */
public record AppointmentsChanged(Set<Long> patientIds) {}
