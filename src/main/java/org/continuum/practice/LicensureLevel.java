package org.continuum.practice;

/** Degree level behind the HP / HO / HN modifiers some Medicaid plans require. */
public enum LicensureLevel {
  DOCTORAL,
  MASTERS,
  BACHELORS
}
