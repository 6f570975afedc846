package org.continuum.session;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.continuum.practice.Coverage;
import org.continuum.web.UnprocessableException;
import org.continuum.web.UnprocessableException.FieldError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a session and opens its claim in one transaction, so that a refused session leaves
 * nothing behind. The EHR's session id makes a repeated post harmless: the second one gets the
 * first one's ids.
 */
@Service
class SessionIntake {

  private final TherapySessionRepository sessions;
  private final EntityManager entityManager;
  private final SessionBilling billing;
  private final JdbcTemplate jdbc;

  SessionIntake(
      TherapySessionRepository sessions,
      EntityManager entityManager,
      SessionBilling billing,
      JdbcTemplate jdbc) {
    this.sessions = sessions;
    this.entityManager = entityManager;
    this.billing = billing;
    this.jdbc = jdbc;
  }

  /** What recording gave: the ids, and whether the session was new. */
  record Recorded(long sessionId, long claimId, boolean created) {}

  @Transactional
  Recorded record(SessionRequest request) {
    Optional<Recorded> earlier = recordedEarlier(request.sourceSessionId());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    checkReferences(request);
    TherapySession session =
        sessions.saveAndFlush(
            new TherapySession(
                blankToNull(request.sourceSessionId()),
                request.patientId(),
                request.clinicianId(),
                request.coverageId(),
                request.dateOfService(),
                request.startTime(),
                request.endTime(),
                request.minutes(),
                request.procedureCode(),
                request.addOnCodesOrEmpty(),
                blankToNull(request.emCode()),
                request.modality(),
                request.patientLocation(),
                request.diagnosisCodesOrEmpty(),
                request.noteSignedAt(),
                request.treatmentPlanReviewedOn()));
    return new Recorded(session.getId(), billing.openClaimFor(session), true);
  }

  /** The ids of a session already recorded under the EHR's id. */
  @Transactional(readOnly = true)
  Optional<Recorded> recordedEarlier(String sourceSessionId) {
    if (sourceSessionId == null || sourceSessionId.isBlank()) {
      return Optional.empty();
    }
    // the id alone, in plain SQL: this runs before every session is recorded, and a query through
    // the entity manager cost four times the lookup (README, "Claim throughput")
    return jdbc
        .queryForList(
            "select id from therapy_session where source_session_id = ?",
            Long.class,
            sourceSessionId)
        .stream()
        .findFirst()
        .flatMap(
            sessionId ->
                billing.claimOf(sessionId).map(claimId -> new Recorded(sessionId, claimId, false)));
  }

  private void checkReferences(SessionRequest request) {
    List<FieldError> errors = new ArrayList<>();
    // Whether the patient and the clinician exist, in one query: nothing here needs their rows, and
    // loading both as entities cost more than the rest of the intake's checks. The coverage is
    // loaded: the claim drafted next needs it from the persistence context.
    Map<String, Object> exist =
        jdbc.queryForMap(
            "select exists (select 1 from patient where id = ?) as patient,"
                + " exists (select 1 from clinician where id = ?) as clinician",
            request.patientId(),
            request.clinicianId());
    boolean patientExists = Boolean.TRUE.equals(exist.get("patient"));
    if (!patientExists) {
      errors.add(new FieldError("patientId", "names no patient"));
    }
    if (!Boolean.TRUE.equals(exist.get("clinician"))) {
      errors.add(new FieldError("clinicianId", "names no clinician"));
    }
    Optional<Coverage> coverage =
        Optional.ofNullable(entityManager.find(Coverage.class, request.coverageId()));
    if (coverage.isEmpty()) {
      errors.add(new FieldError("coverageId", "names no coverage"));
    } else if (patientExists && !coverage.get().getPatientId().equals(request.patientId())) {
      errors.add(new FieldError("coverageId", "is not a coverage of this patient"));
    }
    if ((request.startTime() == null) != (request.endTime() == null)) {
      errors.add(
          new FieldError(
              request.startTime() == null ? "startTime" : "endTime",
              "start and end time go together"));
    } else if (request.startTime() != null && !request.endTime().isAfter(request.startTime())) {
      errors.add(new FieldError("endTime", "must be after startTime"));
    }
    if (!errors.isEmpty()) {
      throw new UnprocessableException(errors);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
