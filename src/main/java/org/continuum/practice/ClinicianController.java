package org.continuum.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
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
 * Clinicians for integrators. A clinician is never deleted: their NPI is on claims that may be
 * corrected or appealed years later, so DELETE only deactivates them.
 */
@RestController
@RequestMapping("/api/clinicians")
class ClinicianController {

  private final ClinicianRepository clinicians;

  ClinicianController(ClinicianRepository clinicians) {
    this.clinicians = clinicians;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<ClinicianView> list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) Boolean active) {
    var pageRequest = Pages.of(page, size, Sort.by("id"));
    if (active != null) {
      return clinicians.findByActive(active, pageRequest).stream().map(ClinicianView::of).toList();
    }
    return clinicians.findAll(pageRequest).map(ClinicianView::of).toList();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  ClinicianView get(@PathVariable long id) {
    return ClinicianView.of(find(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ClinicianView create(@Valid @RequestBody ClinicianRequest request) {
    check(request, null);
    Clinician clinician =
        new Clinician(
            request.firstName(),
            request.lastName(),
            request.npi(),
            request.credential(),
            request.licensureLevel(),
            request.prescriber(),
            request.taxonomyCode(),
            request.userId());
    if (Boolean.FALSE.equals(request.active())) {
      clinician.deactivate();
    }
    return ClinicianView.of(clinicians.save(clinician));
  }

  /** Replaces the clinician's fields; {@code active} left out keeps the current state. */
  @PutMapping("/{id}")
  @Transactional
  ClinicianView update(@PathVariable long id, @Valid @RequestBody ClinicianRequest request) {
    Clinician clinician = find(id);
    check(request, id);
    clinician.update(
        request.firstName(),
        request.lastName(),
        request.npi(),
        request.credential(),
        request.licensureLevel(),
        request.prescriber(),
        request.taxonomyCode(),
        request.userId(),
        request.active() == null ? clinician.isActive() : request.active());
    return ClinicianView.of(clinicians.saveAndFlush(clinician));
  }

  /** Deactivates the clinician; their claims keep their NPI. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void deactivate(@PathVariable long id) {
    find(id).deactivate();
    clinicians.flush();
  }

  private Clinician find(long id) {
    return clinicians.findById(id).orElseThrow(() -> new NotFoundException("Clinician", id));
  }

  private void check(ClinicianRequest request, Long id) {
    if (request.prescriber() && !request.credential().prescribes()) {
      throw new UnprocessableException(
          "prescriber", "must be false for credential " + request.credential());
    }
    clinicians
        .findByNpi(request.npi())
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw new UnprocessableException("npi", "belongs to another clinician");
            });
    if (request.userId() != null) {
      clinicians
          .findByUserId(request.userId())
          .filter(other -> !other.getId().equals(id))
          .ifPresent(
              other -> {
                throw new UnprocessableException("userId", "belongs to another clinician");
              });
    }
  }

  /** A clinician as the API accepts it. */
  record ClinicianRequest(
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @NotBlank @Npi.Checked String npi,
      @NotNull Credential credential,
      @NotNull LicensureLevel licensureLevel,
      boolean prescriber,
      @Pattern(regexp = "[0-9A-Z]{9}X", message = "must be a 10-character NUCC taxonomy code")
          String taxonomyCode,
      @Size(min = 1, max = 64) String userId,
      Boolean active) {}

  /** A clinician as the API returns it. */
  record ClinicianView(
      Long id,
      String firstName,
      String lastName,
      String npi,
      Credential credential,
      LicensureLevel licensureLevel,
      boolean prescriber,
      String taxonomyCode,
      String userId,
      boolean active,
      long version) {

    static ClinicianView of(Clinician c) {
      return new ClinicianView(
          c.getId(),
          c.getFirstName(),
          c.getLastName(),
          c.getNpi(),
          c.getCredential(),
          c.getLicensureLevel(),
          c.isPrescriber(),
          c.getTaxonomyCode(),
          c.getUserId(),
          c.isActive(),
          c.getVersion());
    }
  }
}
