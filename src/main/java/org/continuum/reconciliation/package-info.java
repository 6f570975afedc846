/**
 * Reconciliation: the "nothing lost" check over the books. It owns no data; it reads claims, lines,
 * batches, payments, adjustments and the engine's incidents with SQL and answers which claims,
 * batches or incidents break an invariant (each claim in one known status, charges accounted for by
 * payments, adjustments and the open balance, a claim in at most one live batch, control numbers
 * never reused). Operators run it at {@code GET /api/admin/reconciliation}; the test suite runs it
 * after every integration test. Findings name ids only, never PHI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reconciliation")
package org.continuum.reconciliation;
