/**
 * Submission of claims to payers: cutting 837P batches from the claims ready to submit (one
 * interchange per payer, control numbers from database sequences, a claim in one batch only), the
 * batches' X12 text, and the clearinghouse port through which batches leave and payer files arrive.
 * It knows claims, payers and the practice, and uses {@code edi} to write the X12.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submission")
package org.continuum.submission;
