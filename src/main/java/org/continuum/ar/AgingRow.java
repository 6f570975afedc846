package org.continuum.ar;

import java.math.BigDecimal;
import java.util.Map;

/** One group's open balance per age bucket, with the number of claims behind it. */
public record AgingRow(
    String key, String label, Map<String, BigDecimal> buckets, BigDecimal total, long claims) {}
