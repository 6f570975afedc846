package org.continuum.appointment;

/** Where a booked visit stands; only SCHEDULED ones will use authorized units. */
public enum AppointmentStatus {
  SCHEDULED,
  CANCELLED,
  COMPLETED
}
