package org.continuum.practice;

/**
 * The patient's relationship to the subscriber (X12 individual relationship code in SBR02/PAT01).
 */
public enum SubscriberRelationship {
  SELF("18"),
  SPOUSE("01"),
  CHILD("19"),
  OTHER("G8");

  private final String x12Code;

  SubscriberRelationship(String x12Code) {
    this.x12Code = x12Code;
  }

  public String x12Code() {
    return x12Code;
  }
}
