package org.continuum.ar;

import java.time.LocalDate;
import java.util.List;

/** Open AR by age bucket, one row per group, and the total over all groups. */
public record AgingReport(
    LocalDate asOf,
    String by,
    List<String> buckets,
    String formula,
    List<AgingRow> rows,
    AgingRow total) {}
