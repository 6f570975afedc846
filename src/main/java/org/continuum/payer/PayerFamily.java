package org.continuum.payer;

/**
 * The kind of payer. Decision tables in {@code bpmn/} key on it where payers of a kind interpret a
 * rule alike (Medicare's time bands, a Medicaid plan's H-codes).
 */
public enum PayerFamily {
  MEDICARE,
  MEDICAID,
  COMMERCIAL,
  EAP
}
