package org.continuum.claim;

/**
 * Something that stops a claim, said so that the one person who can fix it knows what to do: a
 * stable code for reports and a plain-language explanation with the exact numbers ("52 minutes
 * documented; 90837 needs 53. Bill 90834, or correct the time if the note is wrong").
 */
public record Defect(String code, String explanation) {}
