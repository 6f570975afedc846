package org.continuum.practice;

/** Order of benefits: which payer is billed first. */
public enum CoveragePriority {
  PRIMARY,
  SECONDARY,
  TERTIARY
}
