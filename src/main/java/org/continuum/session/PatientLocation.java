package org.continuum.session;

/**
 * Where the patient was during the session: it decides the place of service of a telehealth visit.
 */
public enum PatientLocation {
  HOME,
  OFFICE,
  FACILITY,
  OTHER
}
