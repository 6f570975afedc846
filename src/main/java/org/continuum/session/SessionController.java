package org.continuum.session;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.continuum.web.UnprocessableException;
import org.continuum.web.UnprocessableException.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions from the EHR, one at a time or as a CSV file. Each recorded session becomes a claim and
 * starts its claim lifecycle; a session the EHR sends again (same source session id) answers with
 * the ids it got the first time.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

  private final SessionIntake intake;
  private final Validator validator;
  private final SessionCsv.Limits importLimits;

  SessionController(
      SessionIntake intake,
      Validator validator,
      @Value("${continuum.session-import.max-rows:50000}") int maxRows,
      @Value("${continuum.session-import.max-row-length:10000}") int maxRowLength) {
    this.intake = intake;
    this.validator = validator;
    this.importLimits = new SessionCsv.Limits(maxRows, maxRowLength);
  }

  /** The ids a recorded session answers with. */
  record SessionRecorded(long sessionId, long claimId) {}

  @PostMapping
  ResponseEntity<SessionRecorded> record(@Valid @RequestBody SessionRequest request) {
    SessionIntake.Recorded recorded = recordOnce(request);
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new SessionRecorded(recorded.sessionId(), recorded.claimId()));
  }

  /** What happened to one row of an import. */
  enum RowStatus {
    CREATED,
    DUPLICATE,
    REJECTED
  }

  /** One row's outcome; row 1 is the first row after the header. */
  record RowResult(
      int row, RowStatus status, Long sessionId, Long claimId, List<FieldError> errors) {}

  @PostMapping(
      path = "/import",
      consumes = {"text/csv", "text/plain"})
  List<RowResult> importCsv(@RequestBody(required = false) String csv) {
    List<RowResult> results = new ArrayList<>();
    for (SessionCsv.Row row : SessionCsv.read(csv, importLimits)) {
      results.add(importRow(row));
    }
    return results;
  }

  private RowResult importRow(SessionCsv.Row row) {
    List<FieldError> errors = new ArrayList<>(row.errors());
    validator.validate(row.request()).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(SessionController::fieldError)
        .filter(e -> errors.stream().noneMatch(known -> known.field().equals(e.field())))
        .forEach(errors::add);
    if (!errors.isEmpty()) {
      return new RowResult(row.number(), RowStatus.REJECTED, null, null, errors);
    }
    try {
      SessionIntake.Recorded recorded = recordOnce(row.request());
      return new RowResult(
          row.number(),
          recorded.created() ? RowStatus.CREATED : RowStatus.DUPLICATE,
          recorded.sessionId(),
          recorded.claimId(),
          List.of());
    } catch (UnprocessableException e) {
      return new RowResult(row.number(), RowStatus.REJECTED, null, null, e.errors());
    }
  }

  /**
   * Records the session; when another request recorded the same EHR session a moment earlier, the
   * unique constraint refuses this one and the earlier ids are the answer.
   */
  private SessionIntake.Recorded recordOnce(SessionRequest request) {
    try {
      return intake.record(request);
    } catch (DataIntegrityViolationException e) {
      return intake.recordedEarlier(request.sourceSessionId()).orElseThrow(() -> e);
    }
  }

  private static FieldError fieldError(ConstraintViolation<SessionRequest> violation) {
    String path = violation.getPropertyPath().toString().replaceAll("\\.?<list element>", "");
    return new FieldError(path, violation.getMessage());
  }
}
