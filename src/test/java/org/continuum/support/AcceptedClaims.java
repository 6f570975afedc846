package org.continuum.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims written straight into the database, already ACCEPTED by the payer, for tests and
 * benchmarks that post remittances in bulk and need no lifecycle process behind each claim. Ids
 * come from the claims' own sequences, one value per row, so they never meet the ranges Hibernate
 * takes.
 */
public final class AcceptedClaims {

  private AcceptedClaims() {}

  /**
   * @param lines each line as {@code code:modifier,modifier:charge}, e.g. {@code 90834:95:130.00}
   *     or {@code 90785::15.00}; every line is on 2026-03-16
   * @return the new claims' ids in order
   */
  public static List<Long> insert(
      JdbcClient jdbc, ClaimWorld.Insured insured, long clinicianId, int count, String... lines) {
    long billingProvider =
        jdbc.sql("select min(id) from billing_provider").query(Long.class).single();
    List<Long> ids =
        jdbc
            .sql(
                """
                insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,
                                   rendering_clinician_id, status, place_of_service,
                                   date_of_service, total_charge)
                select nextval('claim_seq'), ?, ?, ?, ?, ?, 'ACCEPTED', '11', date '2026-03-16', 0
                from generate_series(1, ?)
                returning id
                """)
            .params(
                insured.patientId(),
                insured.coverageId(),
                insured.payerId(),
                billingProvider,
                clinicianId,
                count)
            .query(Long.class)
            .list()
            .stream()
            .sorted()
            .toList();
    long first = ids.get(0);
    long last = ids.get(ids.size() - 1);
    for (int number = 1; number <= lines.length; number++) {
      String[] line = lines[number - 1].split(":", -1);
      String modifiers =
          line[1].isEmpty()
              ? "[]"
              : "[\"" + String.join("\",\"", List.of(line[1].split(","))) + "\"]";
      jdbc.sql(
              """
              insert into claim_line (id, claim_id, line_number, procedure_code, modifiers, units,
                                      charge, diagnosis_pointers, date_of_service)
              select nextval('claim_line_seq'), c.id, ?, ?, cast(? as jsonb), 1, ?, '[1]',
                     date '2026-03-16'
              from claim c where c.id between ? and ? and c.patient_id = ?
              """)
          .params(
              number,
              line[0],
              modifiers,
              new java.math.BigDecimal(line[2]),
              first,
              last,
              insured.patientId())
          .update();
    }
    jdbc.sql(
            """
            update claim c set total_charge = (select sum(charge) from claim_line l
                                               where l.claim_id = c.id)
            where c.id between ? and ? and c.patient_id = ?
            """)
        .params(first, last, insured.patientId())
        .update();
    return ids;
  }
}
