package org.continuum.appeal;

/** What the payer decided on an appeal. */
public enum AppealDecision {
  /** The denial is reversed; payment follows in an 835 and is posted as usual. */
  OVERTURNED,
  /** The denial stands; the next level, if the payer has one, may be appealed. */
  UPHELD
}
