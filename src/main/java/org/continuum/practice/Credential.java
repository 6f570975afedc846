package org.continuum.practice;

/**
 * A clinician's credential as payers distinguish it: it decides which codes a clinician may bill
 * (only prescribers bill E/M with psychotherapy add-ons) and which licensure modifier a payer
 * wants.
 */
public enum Credential {
  PSYCHIATRIST(true),
  PSYCHIATRIC_NURSE_PRACTITIONER(true),
  PSYCHOLOGIST(false),
  LCSW(false),
  LPC(false),
  LMFT(false),
  /** A pre-licensed associate working under supervision. */
  ASSOCIATE(false);

  private final boolean prescribes;

  Credential(boolean prescribes) {
    this.prescribes = prescribes;
  }

  /** Whether this credential normally carries prescriptive authority. */
  public boolean prescribes() {
    return prescribes;
  }
}
