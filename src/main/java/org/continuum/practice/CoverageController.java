package org.continuum.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.continuum.payer.PayerRepository;
import org.continuum.web.NotFoundException;
import org.continuum.web.Pages;
import org.continuum.web.UnprocessableException;
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
 * Coverages for integrators. A coverage decides who is billed under which member id, so the rules a
 * payer would reject a claim for (unknown payer, a subscriber without a name, dates that end before
 * they begin) are refused here, when the person who typed them is still at hand.
 */
@RestController
@RequestMapping("/api/coverages")
class CoverageController {

  private final CoverageRepository coverages;
  private final PatientRepository patients;
  private final PayerRepository payers;

  CoverageController(
      CoverageRepository coverages, PatientRepository patients, PayerRepository payers) {
    this.coverages = coverages;
    this.patients = patients;
    this.payers = payers;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<CoverageView> list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) Long patientId) {
    var pageRequest = Pages.of(page, size, Sort.by("id"));
    if (patientId != null) {
      return coverages.findByPatientId(patientId, pageRequest).stream()
          .map(CoverageView::of)
          .toList();
    }
    return coverages.findAll(pageRequest).map(CoverageView::of).toList();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  CoverageView get(@PathVariable long id) {
    return CoverageView.of(find(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  CoverageView create(@Valid @RequestBody CoverageRequest request) {
    if (!patients.existsById(request.patientId())) {
      throw new UnprocessableException("patientId", "names no patient");
    }
    check(request);
    Coverage coverage =
        new Coverage(
            request.patientId(),
            request.payerId(),
            request.memberId(),
            request.groupNumber(),
            request.priority(),
            request.subscriberRelationship(),
            request.subscriberFirstName(),
            request.subscriberLastName(),
            request.subscriberDateOfBirth(),
            request.effectiveFrom(),
            request.effectiveTo());
    return CoverageView.of(coverages.save(coverage));
  }

  @PutMapping("/{id}")
  @Transactional
  CoverageView update(@PathVariable long id, @Valid @RequestBody CoverageRequest request) {
    Coverage coverage = find(id);
    if (!coverage.getPatientId().equals(request.patientId())) {
      throw new UnprocessableException(
          "patientId", "cannot change; end this coverage and create one for the other patient");
    }
    check(request);
    coverage.update(
        request.payerId(),
        request.memberId(),
        request.groupNumber(),
        request.priority(),
        request.subscriberRelationship(),
        request.subscriberFirstName(),
        request.subscriberLastName(),
        request.subscriberDateOfBirth(),
        request.effectiveFrom(),
        request.effectiveTo());
    return CoverageView.of(coverages.saveAndFlush(coverage));
  }

  /** Deletes a coverage no session or claim uses yet; one in use answers 409. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void delete(@PathVariable long id) {
    coverages.delete(find(id));
    coverages.flush();
  }

  private Coverage find(long id) {
    return coverages.findById(id).orElseThrow(() -> new NotFoundException("Coverage", id));
  }

  private void check(CoverageRequest request) {
    if (!payers.existsById(request.payerId())) {
      throw new UnprocessableException("payerId", "names no payer");
    }
    if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
      throw new UnprocessableException("effectiveTo", "must not be before effectiveFrom");
    }
    if (request.subscriberRelationship() != SubscriberRelationship.SELF) {
      // Loop 2010BA names the subscriber; when that is not the patient, only these fields can.
      if (isBlank(request.subscriberLastName())) {
        throw new UnprocessableException(
            "subscriberLastName", "is required when the patient is not the subscriber");
      }
      if (isBlank(request.subscriberFirstName())) {
        throw new UnprocessableException(
            "subscriberFirstName", "is required when the patient is not the subscriber");
      }
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** A coverage as the API accepts it. */
  record CoverageRequest(
      @NotNull Long patientId,
      @NotNull Long payerId,
      @NotBlank
          @Pattern(
              regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,79}",
              message = "must be 2 to 80 letters, digits or hyphens")
          String memberId,
      @Size(max = 50) String groupNumber,
      @NotNull CoveragePriority priority,
      @NotNull SubscriberRelationship subscriberRelationship,
      @Size(max = 100) String subscriberFirstName,
      @Size(max = 100) String subscriberLastName,
      @Past LocalDate subscriberDateOfBirth,
      @NotNull LocalDate effectiveFrom,
      LocalDate effectiveTo) {}

  /** A coverage as the API returns it. */
  record CoverageView(
      Long id,
      Long patientId,
      Long payerId,
      String memberId,
      String groupNumber,
      CoveragePriority priority,
      SubscriberRelationship subscriberRelationship,
      String subscriberFirstName,
      String subscriberLastName,
      LocalDate subscriberDateOfBirth,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      long version) {

    static CoverageView of(Coverage c) {
      return new CoverageView(
          c.getId(),
          c.getPatientId(),
          c.getPayerId(),
          c.getMemberId(),
          c.getGroupNumber(),
          c.getPriority(),
          c.getSubscriberRelationship(),
          c.getSubscriberFirstName(),
          c.getSubscriberLastName(),
          c.getSubscriberDateOfBirth(),
          c.getEffectiveFrom(),
          c.getEffectiveTo(),
          c.getVersion());
    }
  }
}
