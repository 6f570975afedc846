package org.continuum.ar;

import java.math.BigDecimal;

/** A rate for one payer or clinician, with its numerator and denominator. */
public record RateByGroup(
    String key, String label, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}
