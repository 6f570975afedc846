/**
 * Payers and what makes each one different: the payer profile (payer id, timely-filing days, appeal
 * windows per level, expected turnaround, codes that need prior authorization, telehealth place of
 * service and modifiers, licensure modifiers, documentation rules, visit caps) and fee schedules
 * with effective dates (charge and contracted amount per code and modifier). Rules that vary by
 * payer are data here or DMN tables in {@code bpmn/}, never code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payers")
package org.continuum.payer;
