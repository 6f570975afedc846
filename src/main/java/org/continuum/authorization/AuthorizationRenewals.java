package org.continuum.authorization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.web.UnprocessableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the authorization-renewal process asks of this module: when a renewal is due, the usage a
 * coordinator needs to ask the payer, and the payer's answer. The answer is recorded here, not in
 * the process: an approval is a new authorization with its own renewal. Lapsed and used-up
 * authorizations are closed every night so that no claim draws on them.
 */
@Service
public class AuthorizationRenewals {

  private final AuthorizationRepository authorizations;
  private final AuthorizationForecasts forecasts;
  private final AuthorizationRiskWatch riskWatch;
  private final PayerProfileRepository profiles;
  private final PayerRepository payers;
  private final ClinicianRepository clinicians;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate jdbc;
  private final int defaultLeadDays;

  AuthorizationRenewals(
      AuthorizationRepository authorizations,
      AuthorizationForecasts forecasts,
      AuthorizationRiskWatch riskWatch,
      PayerProfileRepository profiles,
      PayerRepository payers,
      ClinicianRepository clinicians,
      ApplicationEventPublisher events,
      JdbcTemplate jdbc,
      @Value("${continuum.authorization.default-renewal-lead-days:14}") int defaultLeadDays) {
    this.authorizations = authorizations;
    this.forecasts = forecasts;
    this.riskWatch = riskWatch;
    this.profiles = profiles;
    this.payers = payers;
    this.clinicians = clinicians;
    this.events = events;
    this.jdbc = jdbc;
    this.defaultLeadDays = defaultLeadDays;
  }

  /**
   * When to ask for the renewal: the payer's lead time before the end date; and whether to ask now
   * already (with the reason), because units or booked visits say so.
   */
  public record RenewalPlan(LocalDate renewalDueOn, boolean atRiskNow, String reason) {}

  /**
   * What a coordinator sees on the renewal request: counts, codes and dates, no patient details;
   * the booked visits the authorization will not pay for as "date code".
   */
  public record RenewalFacts(
      long authorizationId,
      String payerCode,
      String procedureCodes,
      LocalDate startDate,
      LocalDate endDate,
      AuthorizationBurnDown burnDown,
      String renderingClinicianUserId,
      List<String> affectedAppointments) {}

  /**
   * The payer's answer; the new authorization's number, units and dates when approved, and the
   * payer's reference for the decision when given.
   */
  public record Outcome(
      boolean approved,
      String authorizationNumber,
      Integer unitsApproved,
      LocalDate startDate,
      LocalDate endDate,
      String reference) {

    /** Refuses an approval without what the new authorization needs, naming each field missing. */
    void check() {
      if (!approved) {
        return;
      }
      List<UnprocessableException.FieldError> missing = new ArrayList<>();
      if (authorizationNumber == null || authorizationNumber.isBlank()) {
        missing.add(new UnprocessableException.FieldError("authorizationNumber", "is required"));
      }
      if (unitsApproved == null) {
        missing.add(new UnprocessableException.FieldError("unitsApproved", "is required"));
      } else if (unitsApproved < 1) {
        missing.add(new UnprocessableException.FieldError("unitsApproved", "must be at least 1"));
      }
      if (startDate == null) {
        missing.add(new UnprocessableException.FieldError("startDate", "is required"));
      }
      if (endDate == null) {
        missing.add(new UnprocessableException.FieldError("endDate", "is required"));
      }
      if (!missing.isEmpty()) {
        throw new UnprocessableException(missing);
      }
      if (endDate.isBefore(startDate)) {
        throw new UnprocessableException("endDate", "must not be before startDate");
      }
    }
  }

  @Transactional(readOnly = true)
  public RenewalPlan plan(long authorizationId) {
    Authorization authorization = forecasts.find(authorizationId);
    int leadDays =
        profiles
            .findById(authorization.getPayerId())
            .map(PayerProfile::getAuthRenewalLeadDays)
            .orElse(defaultLeadDays);
    Optional<String> risk = riskWatch.risk(authorization);
    return new RenewalPlan(
        authorization.getEndDate().minusDays(leadDays), risk.isPresent(), risk.orElse(null));
  }

  @Transactional(readOnly = true)
  public RenewalFacts facts(long authorizationId) {
    Authorization authorization = forecasts.find(authorizationId);
    String payerCode =
        payers.findById(authorization.getPayerId()).map(p -> p.getCode()).orElse(null);
    String clinicianUserId =
        authorization.getRenderingClinicianId() == null
            ? null
            : clinicians
                .findById(authorization.getRenderingClinicianId())
                .map(Clinician::getUserId)
                .orElse(null);
    return new RenewalFacts(
        authorizationId,
        payerCode,
        String.join(", ", authorization.getProcedureCodes()),
        authorization.getStartDate(),
        authorization.getEndDate(),
        forecasts.burnDown(authorization),
        clinicianUserId,
        forecasts.affected(authorization).stream()
            .map(a -> a.getScheduledDate() + " " + a.getProcedureCode())
            .toList());
  }

  /**
   * Records the payer's answer once, whether a coordinator enters it on the renewal task or an
   * integrator posts it: the second of two answers is refused, and the entity's version makes two
   * at the same moment collide rather than both count. An approval becomes a new authorization for
   * the same patient, payer, codes and clinician.
   *
   * @return the new authorization when approved
   */
  @Transactional
  public Optional<Authorization> decide(long authorizationId, Outcome outcome) {
    return decide(authorizationId, outcome, false);
  }

  /**
   * As {@link #decide(long, Outcome)}; with {@code again} a step recording the same answer a second
   * time (a job retried, a step restarted) gets the renewal the first recorded rather than a
   * refusal, and nothing changes. A different answer is still refused.
   */
  @Transactional
  public Optional<Authorization> decide(long authorizationId, Outcome outcome, boolean again) {
    if (again) {
      Authorization decided = forecasts.find(authorizationId);
      RenewalDecision answer =
          outcome.approved() ? RenewalDecision.APPROVED : RenewalDecision.DENIED;
      if (decided.getRenewalDecision() == answer) {
        return decided.getRenewedById() == null
            ? Optional.empty()
            : authorizations.findById(decided.getRenewedById());
      }
    }
    outcome.check();
    Authorization authorization = forecasts.find(authorizationId);
    if (authorization.getRenewalDecision() != null) {
      throw new UnprocessableException(
          "approved", "the renewal was already " + authorization.getRenewalDecision());
    }
    Authorization renewal = null;
    if (outcome.approved()) {
      renewal =
          authorizations.save(
              new Authorization(
                  authorization.getPatientId(),
                  authorization.getPayerId(),
                  outcome.authorizationNumber(),
                  authorization.getProcedureCodes(),
                  outcome.unitsApproved(),
                  outcome.startDate(),
                  outcome.endDate(),
                  authorization.getRenderingClinicianId(),
                  AuthorizationStatus.ACTIVE));
    }
    authorization.decideRenewal(
        outcome.approved() ? RenewalDecision.APPROVED : RenewalDecision.DENIED,
        renewal == null ? null : renewal.getId(),
        outcome.reference());
    authorizations.saveAndFlush(authorization);
    events.publishEvent(
        new AuthorizationRenewalDecided(
            authorizationId, outcome.approved(), renewal == null ? null : renewal.getId()));
    return Optional.ofNullable(renewal);
  }

  /** Every night: authorizations past their end date lapse, used-up ones are exhausted. */
  @Scheduled(cron = "${continuum.authorization.expiry-cron:0 10 0 * * *}")
  public void closeLapsedAndExhausted() {
    closeLapsedAndExhausted(forecasts.today());
  }

  /**
   * Closes what can no longer pay for a visit on {@code today}; each statement changes a row only
   * while it is still ACTIVE, so two nodes running the job at once close it once.
   *
   * @return how many authorizations were closed
   */
  @Transactional
  public int closeLapsedAndExhausted(LocalDate today) {
    int expired =
        jdbc.update(
            "update authorization_grant set status = 'EXPIRED', version = version + 1"
                + " where status = 'ACTIVE' and end_date < ?",
            today);
    int exhausted =
        jdbc.update(
            "update authorization_grant set status = 'EXHAUSTED', version = version + 1"
                + " where status = 'ACTIVE' and units_used >= units_approved");
    return expired + exhausted;
  }
}
