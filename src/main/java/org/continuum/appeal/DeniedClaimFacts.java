package org.continuum.appeal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.continuum.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the facts of a denied claim in one place, for the Work denial form and the appeal letter,
 * straight from the tables the claim, session, authorization and payer modules own: a read model,
 * so that showing a denial does not load four aggregates.
 */
@Service
public class DeniedClaimFacts {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  DeniedClaimFacts(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Transactional(readOnly = true)
  public AppealFacts of(long claimId) {
    List<AppealFacts.Line> lines =
        jdbc.sql(
                """
                select procedure_code, modifiers::text, units, charge
                  from claim_line where claim_id = ? order by line_number
                """)
            .param(claimId)
            .query(
                (rs, n) ->
                    new AppealFacts.Line(
                        rs.getString(1),
                        read(rs.getString(2), STRINGS),
                        rs.getInt(3),
                        rs.getBigDecimal(4)))
            .list();
    AppealFacts.Authorization authorization =
        jdbc.sql(
                """
                select a.authorization_number, a.start_date, a.end_date, a.units_approved,
                       a.units_used
                  from authorization_grant a
                 where a.id in (select authorization_id from claim_line where claim_id = ?)
                 order by a.start_date desc limit 1
                """)
            .param(claimId)
            .query(
                (rs, n) ->
                    new AppealFacts.Authorization(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getInt(5)))
            .optional()
            .orElse(null);
    LocalDate firstSentOn =
        jdbc.sql(
                """
                select min(b.created_at) from claim_batch b
                 where b.id in (select batch_id from batch_claim where claim_id = :claim
                                union select batch_id from batch_claim_history where claim_id = :claim)
                """)
            .param("claim", claimId)
            .query(Timestamp.class)
            .optional()
            .map(t -> t.toInstant().atOffset(ZoneOffset.UTC).toLocalDate())
            .orElse(null);
    return jdbc.sql(
            """
            select p.name, p.family, c.payer_claim_number, c.date_of_service, c.total_charge,
                   pa.first_name || ' ' || pa.last_name, cv.member_id,
                   cl.first_name || ' ' || cl.last_name || ', ' || cl.credential, cl.npi,
                   coalesce(s.minutes, cast(extract(epoch from (s.end_time - s.start_time)) / 60 as int)),
                   s.diagnosis_codes::text, pp.appeal_window_days::text
              from claim c
              join payer p on p.id = c.payer_id
              join payer_profile pp on pp.payer_id = c.payer_id
              join patient pa on pa.id = c.patient_id
              join coverage cv on cv.id = c.coverage_id
              join clinician cl on cl.id = c.rendering_clinician_id
              left join therapy_session s on s.id = c.session_id
             where c.id = ?
            """)
        .param(claimId)
        .query(
            (rs, n) ->
                new AppealFacts(
                    claimId,
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getBigDecimal(5).setScale(2),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    (Integer) rs.getObject(10),
                    rs.getString(11) == null ? List.of() : read(rs.getString(11), STRINGS),
                    lines,
                    authorization,
                    firstSentOn,
                    read(rs.getString(12), INTEGERS)))
        .optional()
        .orElseThrow(() -> new NotFoundException("Claim", claimId));
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Unreadable JSON column in a claim's facts", e);
    }
  }
}
