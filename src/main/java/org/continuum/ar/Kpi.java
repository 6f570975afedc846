package org.continuum.ar;

import java.math.BigDecimal;

/**
 * One KPI with the numbers it was computed from and its formula in words. The value is null when
 * the denominator is zero (nothing to measure in the period). The target says what good looks like:
 * {@code targetDirection} is {@code at least} or {@code at most}.
 */
public record Kpi(
    String key,
    String label,
    BigDecimal value,
    String unit,
    BigDecimal target,
    String targetDirection,
    BigDecimal numerator,
    BigDecimal denominator,
    String formula) {}
