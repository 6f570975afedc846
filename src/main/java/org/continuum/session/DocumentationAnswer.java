package org.continuum.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A clinician's answer to a documentation query: any corrected facts, and what they wrote. Null
 * fields leave the documented fact as it was.
 *
 * @param correctedMinutes total psychotherapy minutes, replacing start and stop times
 * @param correctedProcedureCode the code the clinician now says the note supports
 * @param noteSignedAt when the clinician signed the note, if it was unsigned
 * @param treatmentPlanReviewedOn the date of the latest treatment-plan review, if newer
 * @param answer free text for the billing team
 */
public record DocumentationAnswer(
    Integer correctedMinutes,
    String correctedProcedureCode,
    Instant noteSignedAt,
    LocalDate treatmentPlanReviewedOn,
    String answer) {}
