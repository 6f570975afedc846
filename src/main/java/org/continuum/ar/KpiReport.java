package org.continuum.ar;

import java.time.LocalDate;
import java.util.List;

/** The manager's KPIs for claims with a date of service in [from, to]. */
public record KpiReport(
    LocalDate from,
    LocalDate to,
    List<Kpi> kpis,
    String denialRateFormula,
    List<RateByGroup> denialRateByPayer,
    List<RateByGroup> denialRateByClinician) {}
