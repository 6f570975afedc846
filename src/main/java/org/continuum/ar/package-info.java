/**
 * Accounts receivable as a practice manager reads it: open balances aged from the date of service
 * and grouped by payer, rendering clinician or work category, the claims behind each figure, and
 * the revenue-cycle KPIs with the formula of each stated next to its value. It queries claims,
 * payments, adjustments and the database-kept AR summary with SQL; the only thing it writes is that
 * summary's periodic compaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts receivable")
package org.continuum.ar;
