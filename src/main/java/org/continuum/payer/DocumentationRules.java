package org.continuum.payer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Documentation a payer insists on beyond the CPT rules.
 *
 * @param treatmentPlanReviewDays how old the last treatment-plan review may be on the date of
 *     service
 * @param minimumMinutesFor90837 minutes this payer requires before it pays 90837 (53 by CPT)
 * @param requiresStartAndStopTimes whether total minutes alone are not enough
 */
public record DocumentationRules(
    @Min(1) @Max(730) int treatmentPlanReviewDays,
    @Min(1) @Max(240) int minimumMinutesFor90837,
    boolean requiresStartAndStopTimes) {}
