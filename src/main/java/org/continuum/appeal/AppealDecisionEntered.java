package org.continuum.appeal;

import java.time.LocalDate;

/**
 * A person entered the payer's decision on an appeal (a letter or a portal answer rather than an
 * 835). The appeal process waiting for the claim takes it.
 *
 * @param decidedOn the date of the payer's decision: the next level's window runs from it
 */
public record AppealDecisionEntered(
    long claimId, AppealDecision decision, LocalDate decidedOn, String note, String actor) {}
