package org.continuum.claim;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuum.authorization.AuthorizationLedger;
import org.continuum.payer.DocumentationRules;
import org.continuum.session.DocumentationAnswer;
import org.continuum.session.SessionCorrections;
import org.continuum.session.TherapySession;
import org.continuum.web.NotFoundException;
import org.continuum.web.UnprocessableException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the claim-lifecycle process as the claim module performs them, one method per step.
 * Each step records what it found as defects on the claim and moves the claim's status, so that the
 * claim view and the process never disagree about where a claim stands.
 */
@Service
public class ClaimLifecycle {

  private final ClaimRepository claims;
  private final ClaimDefectRepository defects;
  private final SessionCorrections corrections;
  private final ClaimContext context;
  private final AuthorizationLedger ledger;
  private final EntityManager entityManager;
  private final JdbcTemplate jdbc;

  ClaimLifecycle(
      ClaimRepository claims,
      ClaimDefectRepository defects,
      SessionCorrections corrections,
      ClaimContext context,
      AuthorizationLedger ledger,
      EntityManager entityManager,
      JdbcTemplate jdbc) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
    this.claims = claims;
    this.defects = defects;
    this.corrections = corrections;
    this.context = context;
    this.ledger = ledger;
  }

  /**
   * What documentation review and the time-band decision need, all free of PHI: codes, minutes, the
   * payer's family and 90837 minimum, and who answers a query.
   */
  public record DocumentationFacts(
      long claimId,
      String procedureCode,
      Integer minutes,
      int minimumMinutesFor90837,
      String payerFamily,
      String payerCode,
      String renderingClinicianUserId) {}

  @Transactional(readOnly = true)
  public DocumentationFacts documentationFacts(long claimId) {
    Claim claim = claim(claimId);
    TherapySession session = session(claim);
    ClaimContext.Parties parties =
        context.parties(claim.getPayerId(), claim.getRenderingClinicianId());
    DocumentationRules rules = parties.profile().getDocumentationRules();
    return new DocumentationFacts(
        claimId,
        TimedCodes.timedCodeOf(session.getProcedureCode(), session.getAddOnCodes()),
        session.documentedMinutes().isPresent() ? session.documentedMinutes().getAsInt() : null,
        rules == null ? 53 : rules.minimumMinutesFor90837(),
        parties.payer().getFamily().name(),
        parties.payer().getCode(),
        parties.clinician().getUserId());
  }

  /**
   * What a person's task on the claim shows, free of PHI: the code and minutes of the note, the
   * payer, the clinician who answers a query, the place of service. Read when the task is created,
   * so the form shows the claim as it is then.
   */
  public record TaskFacts(
      String procedureCode,
      Integer minutes,
      String payerCode,
      String renderingClinicianUserId,
      String placeOfService) {}

  @Transactional(readOnly = true)
  public TaskFacts taskFacts(long claimId) {
    Claim claim = claim(claimId);
    // a claim keyed in without a session (or carried over) has no note to quote
    TherapySession session = claim.getSessionId() == null ? null : session(claim);
    ClaimContext.Parties parties =
        context.parties(claim.getPayerId(), claim.getRenderingClinicianId());
    return new TaskFacts(
        session == null
            ? null
            : TimedCodes.timedCodeOf(session.getProcedureCode(), session.getAddOnCodes()),
        session == null || session.documentedMinutes().isEmpty()
            ? null
            : session.documentedMinutes().getAsInt(),
        parties.payer().getCode(),
        parties.clinician().getUserId(),
        claim.getPlaceOfService() == null ? "" : claim.getPlaceOfService());
  }

  /**
   * Reviews the note behind the claim, given the time band the decision table found, and records
   * the defects; a claim with defects waits for its clinician.
   */
  @Transactional
  public List<Defect> reviewDocumentation(long claimId, String supportedCode, int minutesRequired) {
    Claim claim = claim(claimId);
    TherapySession session = session(claim);
    ClaimContext.Parties parties =
        context.parties(claim.getPayerId(), claim.getRenderingClinicianId());
    List<Defect> found =
        DocumentationReview.review(
            session,
            new DocumentationReview.Context(
                parties.payer().getCode(),
                parties.profile().getDocumentationRules(),
                parties.clinician().isPrescriber(),
                parties.clinician().getCredential().name()),
            new DocumentationReview.TimeBand(supportedCode, minutesRequired));
    record(claim, DefectStage.DOCUMENTATION, found);
    claim.moveTo(found.isEmpty() ? ClaimStatus.IN_REVIEW : ClaimStatus.DOCUMENTATION_QUERY);
    return found;
  }

  /** Applies the clinician's answer to the session and sends the claim back to review. */
  @Transactional
  public void answerDocumentationQuery(long claimId, DocumentationAnswer answer) {
    Claim claim = claim(claimId);
    corrections.apply(claim.getSessionId(), answer);
    String text = answer.answer() == null || answer.answer().isBlank() ? null : answer.answer();
    if (text != null) {
      defects
          .findByClaimIdAndStageAndResolvedAtIsNull(claimId, DefectStage.DOCUMENTATION)
          .forEach(d -> d.answer(text));
    }
    claim.moveTo(ClaimStatus.IN_REVIEW);
  }

  /** Codes the lines afresh from the reviewed session: POS, modifiers, units, charges. */
  @Transactional
  public void applyCoding(long claimId) {
    Claim claim = claim(claimId);
    TherapySession session = session(claim);
    context.code(
        claim, session, context.parties(claim.getPayerId(), claim.getRenderingClinicianId()));
  }

  /**
   * Spends an authorized unit for every line whose code the payer authorizes, once per line; lines
   * without a covering authorization become defects and the claim waits for one.
   */
  @Transactional
  public List<Defect> checkAuthorization(long claimId) {
    Claim claim = claim(claimId);
    List<Defect> missing = spendUnits(claim);
    record(claim, DefectStage.AUTHORIZATION, missing);
    claim.moveTo(missing.isEmpty() ? ClaimStatus.IN_REVIEW : ClaimStatus.AWAITING_AUTHORIZATION);
    return missing;
  }

  /**
   * Before a claim goes out again (corrected or resubmitted), takes back the units its lines gave
   * up when the payer rejected or denied them; a claim whose visit no authorization covers any more
   * does not leave.
   *
   * @throws UnprocessableException naming {@code authorization} when a line finds no unit
   */
  @Transactional
  public void reclaimReturnedUnits(long claimId) {
    List<Defect> missing = spendUnits(claim(claimId));
    if (!missing.isEmpty()) {
      throw new UnprocessableException("authorization", missing.get(0).explanation());
    }
  }

  /**
   * Before a claim goes out again (corrected or resubmitted), takes back the units its lines gave
   * up when the payer rejected or denied them. A line that finds no unit becomes an authorization
   * defect and the claim waits for an authorization, as a new claim would, instead of failing: the
   * process asks the authorizations team and tries again.
   *
   * @return the lines that found no unit; empty when every line holds one again
   */
  @Transactional
  public List<Defect> retakeReturnedUnits(long claimId) {
    Claim claim = claim(claimId);
    List<Defect> missing = spendUnits(claim);
    record(claim, DefectStage.AUTHORIZATION, missing);
    if (!missing.isEmpty()) {
      claim.moveTo(ClaimStatus.AWAITING_AUTHORIZATION);
    }
    return missing;
  }

  private List<Defect> spendUnits(Claim claim) {
    ClaimContext.Parties parties =
        context.parties(claim.getPayerId(), claim.getRenderingClinicianId());
    List<Defect> missing = new ArrayList<>();
    for (ClaimLine line : claim.getLines()) {
      if (line.getAuthorizationId() != null
          || !parties.profile().requiresAuthorization(line.getProcedureCode())) {
        continue;
      }
      AuthorizationLedger.Spend spend =
          ledger.spend(
              new AuthorizationLedger.UnitRequest(
                  claim.getPatientId(),
                  claim.getPayerId(),
                  line.getProcedureCode(),
                  claim.getDateOfService(),
                  claim.getRenderingClinicianId(),
                  line.getUnits()));
      if (spend.covered()) {
        line.setAuthorizationId(spend.authorizationId());
      } else {
        missing.add(
            new Defect(
                "AUTHORIZATION_MISSING",
                parties.payer().getCode()
                    + " requires prior authorization for "
                    + line.getProcedureCode()
                    + " ("
                    + line.getUnits()
                    + (line.getUnits() == 1 ? " unit" : " units")
                    + " on "
                    + claim.getDateOfService()
                    + "). "
                    + spend.shortfall()
                    + " Obtain or extend the authorization and record it."));
      }
    }
    return missing;
  }

  /**
   * The facts the payer-edits decision needs, free of PHI. The earlier visits of the year are
   * counted only for a payer that caps them; for any other they are {@code null}, which no rule
   * reads.
   */
  public record PayerEditFacts(
      long claimId,
      String payerCode,
      String payerFamily,
      String modality,
      boolean audioOnlyCovered,
      String placeOfService,
      String modifiers,
      Integer visitCapPerYear,
      Long visitsThisYear) {}

  @Transactional(readOnly = true)
  public PayerEditFacts payerEditFacts(long claimId) {
    Claim claim = claim(claimId);
    TherapySession session = session(claim);
    ClaimContext.Parties parties =
        context.parties(claim.getPayerId(), claim.getRenderingClinicianId());
    Integer visitCap = parties.profile().getVisitCapPerYear();
    String modifiers =
        claim.getLines().stream()
            .flatMap(l -> l.getModifiers().stream())
            .distinct()
            .reduce((a, b) -> a + "," + b)
            .orElse("");
    return new PayerEditFacts(
        claimId,
        parties.payer().getCode(),
        parties.payer().getFamily().name(),
        session.getModality().name(),
        parties.profile().getTelehealthPolicy().audioOnlyCovered(),
        claim.getPlaceOfService() == null ? "" : claim.getPlaceOfService(),
        modifiers,
        visitCap,
        visitCap == null ? null : earlierVisits(claim));
  }

  /**
   * How many of the patient's claims with the payer in the claim's year come before it: the visits
   * a yearly cap has already counted. Plain SQL: nothing this transaction holds unwritten changes
   * the answer, so Hibernate need not flush and check its entities first.
   */
  private long earlierVisits(Claim claim) {
    LocalDate dos = claim.getDateOfService();
    return jdbc.queryForObject(
        """
        select count(*) from claim
        where patient_id = ? and payer_id = ? and status <> 'VOIDED'
          and date_of_service between ? and ?
          and (date_of_service < ? or (date_of_service = ? and id < ?))
        """,
        Long.class,
        claim.getPatientId(),
        claim.getPayerId(),
        dos.withDayOfYear(1),
        dos.withDayOfYear(dos.lengthOfYear()),
        dos,
        dos,
        claim.getId());
  }

  /** Records what the payer-edits decision rejected; a claim with failures waits for a biller. */
  @Transactional
  public void recordPayerEdits(long claimId, List<Defect> failures) {
    Claim claim = claim(claimId);
    record(claim, DefectStage.PAYER_EDIT, failures);
    claim.moveTo(failures.isEmpty() ? ClaimStatus.IN_REVIEW : ClaimStatus.EDIT_FAILED);
  }

  /** A biller's correction of the place of service; blank leaves it as it is. */
  @Transactional
  public void correctPlaceOfService(long claimId, String placeOfService) {
    if (placeOfService != null && placeOfService.strip().matches("\\d{2}")) {
      claim(claimId).setPlaceOfService(placeOfService.strip());
    }
  }

  @Transactional
  public void markReadyToSubmit(long claimId) {
    claim(claimId).moveTo(ClaimStatus.READY_TO_SUBMIT);
  }

  /**
   * The claims went out in an 837P batch: each becomes SUBMITTED, and a void that went out stays
   * VOIDED. Two statements for the whole batch rather than an update per claim, so the claim
   * triggers (V150) run once per batch. The claims leave the persistence context, whose copies no
   * longer match their rows.
   */
  @Transactional
  public void markSubmitted(List<Claim> sent) {
    List<Long> ids = sent.stream().map(Claim::getId).toList();
    Instant at = Instant.now();
    claims.markSubmitted(ids, at);
    claims.markVoidsSent(ids, at);
    sent.forEach(entityManager::detach);
  }

  /**
   * The payer (277CA) took the claim into adjudication. Only a submitted claim moves: a late or
   * repeated acknowledgment never drags a paid claim back.
   *
   * @return whether the claim moved
   */
  @Transactional
  public boolean markAccepted(long claimId, String payerClaimNumber) {
    Claim claim = claim(claimId);
    if (claim.getStatus() != ClaimStatus.SUBMITTED) {
      return false;
    }
    claim.recordPayerClaimNumber(payerClaimNumber);
    claim.moveTo(ClaimStatus.ACCEPTED);
    return true;
  }

  /**
   * A 999 or 277CA rejected the claim at the front door: it never entered adjudication and goes
   * back as an original once corrected.
   *
   * @return whether the claim moved
   */
  @Transactional
  public boolean markRejected(long claimId, String reason) {
    Claim claim = claim(claimId);
    if (claim.getStatus() != ClaimStatus.SUBMITTED && claim.getStatus() != ClaimStatus.ACCEPTED) {
      return false;
    }
    defects.save(
        new ClaimDefect(
            claimId, DefectStage.ACKNOWLEDGMENT, new Defect("CLAIM_REJECTED", truncate(reason))));
    claim.markDefectRaised();
    claim.moveTo(ClaimStatus.REJECTED);
    return true;
  }

  /** A biller corrected a rejected claim: it joins the next batch as an original (frequency 1). */
  @Transactional
  public void resubmitAsOriginal(long claimId) {
    Claim claim = claim(claimId);
    defects
        .findByClaimIdAndStageAndResolvedAtIsNull(claimId, DefectStage.ACKNOWLEDGMENT)
        .forEach(d -> d.resolve("Corrected and resubmitted"));
    claim.moveTo(ClaimStatus.READY_TO_SUBMIT);
  }

  /**
   * The outcome of a posted 835: the status it leaves the claim in, and what the patient owes. The
   * payer's claim number is kept for a later replacement or void.
   */
  @Transactional
  public void recordRemittanceOutcome(
      long claimId,
      ClaimStatus outcome,
      java.math.BigDecimal patientBalance,
      String payerClaimNumber) {
    Claim claim = claim(claimId);
    claim.recordPayerClaimNumber(payerClaimNumber);
    claim.recordPatientBalance(patientBalance);
    claim.moveTo(outcome);
  }

  private static String truncate(String text) {
    return text.length() <= 500 ? text : text.substring(0, 497) + "...";
  }

  /** The open defects of a claim, oldest first. */
  @Transactional(readOnly = true)
  public List<OpenDefect> openDefects(long claimId) {
    return defects.findByClaimIdAndResolvedAtIsNullOrderById(claimId).stream()
        .map(d -> new OpenDefect(d.getStage(), d.getCode(), d.getExplanation(), d.getOpenedAt()))
        .toList();
  }

  /** A defect as the claim view shows it. */
  public record OpenDefect(
      DefectStage stage, String code, String explanation, java.time.Instant openedAt) {}

  /**
   * Replaces the stage's open defects with what a check found. The same findings again (the check's
   * step run twice) leave the open defects as they are, so a retried step adds no rows.
   */
  private void record(Claim claim, DefectStage stage, List<Defect> found) {
    if (found.isEmpty() && !claim.mayHaveOpenDefects()) {
      return; // the clean claim's usual case: nothing found, nothing ever raised
    }
    List<ClaimDefect> open = defects.findByClaimIdAndStageAndResolvedAtIsNull(claim.getId(), stage);
    if (open.stream()
        .map(d -> new Defect(d.getCode(), d.getExplanation()))
        .toList()
        .equals(found)) {
      return;
    }
    open.forEach(d -> d.resolve(null));
    found.forEach(d -> defects.save(new ClaimDefect(claim.getId(), stage, d)));
    if (!found.isEmpty()) {
      claim.markDefectRaised();
    }
  }

  /**
   * The claim, from the persistence context after the first step of a transaction has read it. The
   * entity manager rather than the repository: every step of a claim's job asks again, and the
   * repository's proxies around the same lookup cost more than the lookup (README, "Claim
   * throughput").
   */
  private Claim claim(long claimId) {
    Claim claim = entityManager.find(Claim.class, claimId);
    if (claim == null) {
      throw new NotFoundException("Claim", claimId);
    }
    return claim;
  }

  private TherapySession session(Claim claim) {
    TherapySession session = entityManager.find(TherapySession.class, claim.getSessionId());
    if (session == null) {
      throw new IllegalStateException("Session of claim " + claim.getId() + " is gone");
    }
    return session;
  }
}
