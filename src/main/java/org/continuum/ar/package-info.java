/**
 * Accounts receivable as a practice manager reads it: open balances aged from the date of service
 * and grouped by payer, rendering clinician or work category, the claims behind each figure, and
 * the revenue-cycle KPIs with the formula of each stated next to its value. Read-only: it queries
 * claims, payments and adjustments with SQL and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts receivable")
package org.continuum.ar;
