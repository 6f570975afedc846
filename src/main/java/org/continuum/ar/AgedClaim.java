package org.continuum.ar;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One claim behind an aging figure. No patient data: the claim id and the Cockpit link lead to the
 * rest for whoever may see it.
 */
public record AgedClaim(
    long claimId,
    long payerId,
    String payer,
    long clinicianId,
    String clinician,
    LocalDate dateOfService,
    int ageDays,
    String bucket,
    String category,
    String status,
    BigDecimal balance,
    String cockpitUrl) {}
