package org.continuum.authorization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.PatientRepository;
import org.continuum.web.NotFoundException;
import org.continuum.web.Pages;
import org.continuum.web.UnprocessableException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prior authorizations as coordinators and integrators record them. Units used are not editable
 * here: claims consume them. An authorization that a claim has drawn on cannot be deleted, and its
 * approved units cannot fall below what has been used. One authorization answers with its usage and
 * forecast, the booked visits it will not pay for, and takes the payer's renewal decision.
 */
@RestController
@RequestMapping("/api/authorizations")
class AuthorizationController {

  private final AuthorizationRepository authorizations;
  private final PatientRepository patients;
  private final PayerRepository payers;
  private final ClinicianRepository clinicians;
  private final AuthorizationForecasts forecasts;
  private final AuthorizationRenewals renewals;
  private final ApplicationEventPublisher events;

  AuthorizationController(
      AuthorizationRepository authorizations,
      PatientRepository patients,
      PayerRepository payers,
      ClinicianRepository clinicians,
      AuthorizationForecasts forecasts,
      AuthorizationRenewals renewals,
      ApplicationEventPublisher events) {
    this.authorizations = authorizations;
    this.patients = patients;
    this.payers = payers;
    this.clinicians = clinicians;
    this.forecasts = forecasts;
    this.renewals = renewals;
    this.events = events;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<AuthorizationView> list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) Long patientId,
      @RequestParam(required = false) Long payerId) {
    var pageRequest = Pages.of(page, size, Sort.by("id"));
    List<Authorization> found;
    if (patientId != null && payerId != null) {
      found = authorizations.findByPatientIdAndPayerId(patientId, payerId, pageRequest);
    } else if (patientId != null) {
      found = authorizations.findByPatientId(patientId, pageRequest);
    } else if (payerId != null) {
      found = authorizations.findByPayerId(payerId, pageRequest);
    } else {
      found = authorizations.findAll(pageRequest).getContent();
    }
    return found.stream().map(AuthorizationView::of).toList();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  AuthorizationView get(@PathVariable long id) {
    Authorization authorization = find(id);
    return AuthorizationView.of(authorization).withUsage(forecasts.burnDown(authorization));
  }

  @GetMapping("/{id}/burn-down")
  @Transactional(readOnly = true)
  AuthorizationBurnDown burnDown(@PathVariable long id) {
    return forecasts.burnDown(find(id));
  }

  /** A booked visit the authorization will not pay for; ids, code and date only. */
  record AffectedAppointment(
      Long appointmentId, Long clinicianId, String procedureCode, LocalDate scheduledDate) {}

  @GetMapping("/{id}/affected-appointments")
  @Transactional(readOnly = true)
  List<AffectedAppointment> affectedAppointments(@PathVariable long id) {
    return forecasts.affected(find(id)).stream()
        .map(
            a ->
                new AffectedAppointment(
                    a.getId(), a.getClinicianId(), a.getProcedureCode(), a.getScheduledDate()))
        .toList();
  }

  /**
   * The payer's answer to a renewal request; number, units and dates are needed when approved, the
   * payer's reference for the decision is optional.
   */
  record RenewalDecisionRequest(
      @NotNull Boolean approved,
      @Pattern(
              regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,49}",
              message = "must be 1 to 50 letters, digits or hyphens")
          String authorizationNumber,
      @PositiveOrZero @Max(10000) Integer unitsApproved,
      LocalDate startDate,
      LocalDate endDate,
      @Size(max = 50) String referenceNumber) {}

  /** The recorded decision and, when approved, the new authorization. */
  record RenewalDecisionView(
      long authorizationId, RenewalDecision decision, AuthorizationView renewal) {}

  /**
   * Records the payer's answer; the same answer can be entered on the renewal task in Tasklist, and
   * whichever is first counts.
   */
  @PostMapping("/{id}/renewal-decision")
  RenewalDecisionView decideRenewal(
      @PathVariable long id, @Valid @RequestBody RenewalDecisionRequest request) {
    Optional<Authorization> renewal =
        renewals.decide(
            id,
            new AuthorizationRenewals.Outcome(
                request.approved(),
                request.authorizationNumber(),
                request.unitsApproved(),
                request.startDate(),
                request.endDate(),
                request.referenceNumber()));
    return new RenewalDecisionView(
        id,
        request.approved() ? RenewalDecision.APPROVED : RenewalDecision.DENIED,
        renewal.map(AuthorizationView::of).orElse(null));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  AuthorizationView create(@Valid @RequestBody AuthorizationRequest request) {
    if (!patients.existsById(request.patientId())) {
      throw new UnprocessableException("patientId", "names no patient");
    }
    if (!payers.existsById(request.payerId())) {
      throw new UnprocessableException("payerId", "names no payer");
    }
    check(request);
    Authorization authorization =
        new Authorization(
            request.patientId(),
            request.payerId(),
            request.authorizationNumber(),
            request.procedureCodes(),
            request.unitsApproved(),
            request.startDate(),
            request.endDate(),
            request.renderingClinicianId(),
            request.statusOrActive());
    return AuthorizationView.of(authorizations.save(authorization));
  }

  @PutMapping("/{id}")
  @Transactional
  AuthorizationView update(
      @PathVariable long id, @Valid @RequestBody AuthorizationRequest request) {
    Authorization authorization = find(id);
    if (!authorization.getPatientId().equals(request.patientId())) {
      throw new UnprocessableException("patientId", "cannot change on an authorization");
    }
    if (!authorization.getPayerId().equals(request.payerId())) {
      throw new UnprocessableException("payerId", "cannot change on an authorization");
    }
    check(request);
    if (request.unitsApproved() < authorization.getUnitsUsed()) {
      throw new UnprocessableException(
          "unitsApproved",
          "must be at least the " + authorization.getUnitsUsed() + " units already used");
    }
    authorization.update(
        request.authorizationNumber(),
        request.procedureCodes(),
        request.unitsApproved(),
        request.startDate(),
        request.endDate(),
        request.renderingClinicianId(),
        request.statusOrActive());
    return AuthorizationView.of(authorizations.saveAndFlush(authorization));
  }

  /** Deletes an authorization entered by mistake; one that claims have used must stay. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void delete(@PathVariable long id) {
    if (authorizations.deleteIfUnused(id) == 0) {
      find(id);
      throw new UnprocessableException(
          "unitsUsed", "claims have used units of this authorization; it cannot be deleted");
    }
    events.publishEvent(new AuthorizationDeleted(id));
  }

  private Authorization find(long id) {
    return authorizations
        .findById(id)
        .orElseThrow(() -> new NotFoundException("Authorization", id));
  }

  private void check(AuthorizationRequest request) {
    if (request.renderingClinicianId() != null
        && !clinicians.existsById(request.renderingClinicianId())) {
      throw new UnprocessableException("renderingClinicianId", "names no clinician");
    }
    if (request.endDate().isBefore(request.startDate())) {
      throw new UnprocessableException("endDate", "must not be before startDate");
    }
    List<String> codes = request.procedureCodes();
    for (int i = 0; i < codes.size(); i++) {
      if (codes.indexOf(codes.get(i)) < i) {
        throw new UnprocessableException("procedureCodes[" + i + "]", "is listed twice");
      }
    }
  }

  /** An authorization as the API accepts it; status left out is ACTIVE. */
  record AuthorizationRequest(
      @NotNull Long patientId,
      @NotNull Long payerId,
      @NotBlank
          @Pattern(
              regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,49}",
              message = "must be 1 to 50 letters, digits or hyphens")
          String authorizationNumber,
      @NotEmpty @Size(max = 50)
          List<
                  @NotNull
                  @Pattern(
                      regexp = "[0-9A-Z]{5}",
                      message = "must be a 5-character CPT or HCPCS code")
                  String>
              procedureCodes,
      @NotNull @PositiveOrZero @Max(10000) Integer unitsApproved,
      @NotNull LocalDate startDate,
      @NotNull LocalDate endDate,
      Long renderingClinicianId,
      AuthorizationStatus status) {

    AuthorizationStatus statusOrActive() {
      return status == null ? AuthorizationStatus.ACTIVE : status;
    }
  }

  /**
   * An authorization as the API returns it, with the units still available to claims; a single
   * authorization also carries its usage and forecast.
   */
  record AuthorizationView(
      Long id,
      Long patientId,
      Long payerId,
      String authorizationNumber,
      List<String> procedureCodes,
      int unitsApproved,
      int unitsUsed,
      int unitsRemaining,
      LocalDate startDate,
      LocalDate endDate,
      Long renderingClinicianId,
      AuthorizationStatus status,
      RenewalDecision renewalDecision,
      Long renewedById,
      String renewalReference,
      long version,
      AuthorizationBurnDown usage) {

    AuthorizationView withUsage(AuthorizationBurnDown burnDown) {
      return new AuthorizationView(
          id,
          patientId,
          payerId,
          authorizationNumber,
          procedureCodes,
          unitsApproved,
          unitsUsed,
          unitsRemaining,
          startDate,
          endDate,
          renderingClinicianId,
          status,
          renewalDecision,
          renewedById,
          renewalReference,
          version,
          burnDown);
    }

    static AuthorizationView of(Authorization a) {
      return new AuthorizationView(
          a.getId(),
          a.getPatientId(),
          a.getPayerId(),
          a.getAuthorizationNumber(),
          a.getProcedureCodes(),
          a.getUnitsApproved(),
          a.getUnitsUsed(),
          a.unitsRemaining(),
          a.getStartDate(),
          a.getEndDate(),
          a.getRenderingClinicianId(),
          a.getStatus(),
          a.getRenewalDecision(),
          a.getRenewedById(),
          a.getRenewalReference(),
          a.getVersion(),
          null);
    }
  }
}
