package org.continuum.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

/** Patients for integrators: create, read, change, and delete while nothing refers to them. */
@RestController
@RequestMapping("/api/patients")
class PatientController {

  private final PatientRepository patients;
  private final CoverageRepository coverages;
  private final ClinicianRepository clinicians;

  PatientController(
      PatientRepository patients, CoverageRepository coverages, ClinicianRepository clinicians) {
    this.patients = patients;
    this.coverages = coverages;
    this.clinicians = clinicians;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<PatientView> list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String externalId) {
    if (externalId != null) {
      return patients.findByExternalId(externalId).map(PatientView::of).stream().toList();
    }
    return patients.findAll(Pages.of(page, size, Sort.by("id"))).map(PatientView::of).toList();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  PatientView get(@PathVariable long id) {
    return PatientView.of(find(id));
  }

  /** The patient's coverages in order of benefits, primary first. */
  @GetMapping("/{id}/coverages")
  @Transactional(readOnly = true)
  List<CoverageController.CoverageView> coverages(@PathVariable long id) {
    find(id);
    return coverages.findByPatientIdOrderByPriority(id).stream()
        .map(CoverageController.CoverageView::of)
        .toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  PatientView create(@Valid @RequestBody PatientRequest request) {
    checkClinician(request.primaryClinicianId());
    Patient patient =
        new Patient(
            request.externalId(),
            request.firstName(),
            request.lastName(),
            request.dateOfBirth(),
            request.sex(),
            request.address(),
            request.phone(),
            request.primaryClinicianId());
    return PatientView.of(patients.save(patient));
  }

  @PutMapping("/{id}")
  @Transactional
  PatientView update(@PathVariable long id, @Valid @RequestBody PatientRequest request) {
    checkClinician(request.primaryClinicianId());
    Patient patient = find(id);
    patient.update(
        request.externalId(),
        request.firstName(),
        request.lastName(),
        request.dateOfBirth(),
        request.sex(),
        request.address(),
        request.phone(),
        request.primaryClinicianId());
    return PatientView.of(patients.saveAndFlush(patient));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void delete(@PathVariable long id) {
    Patient patient = find(id);
    if (coverages.existsByPatientId(id)) {
      throw new UnprocessableException("id", "patient still has coverages; delete them first");
    }
    patients.delete(patient);
    patients.flush();
  }

  private Patient find(long id) {
    return patients.findById(id).orElseThrow(() -> new NotFoundException("Patient", id));
  }

  private void checkClinician(Long clinicianId) {
    if (clinicianId != null && !clinicians.existsById(clinicianId)) {
      throw new UnprocessableException("primaryClinicianId", "names no clinician");
    }
  }

  /** A patient as the API accepts it. */
  record PatientRequest(
      @Size(max = 64) String externalId,
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @NotNull @Past LocalDate dateOfBirth,
      @NotNull @Pattern(regexp = "[FMU]", message = "must be F, M or U") String sex,
      @Valid Address address,
      @Pattern(regexp = "[0-9+() -]{7,20}", message = "must be a phone number") String phone,
      Long primaryClinicianId) {}

  /** A patient as the API returns it. */
  record PatientView(
      Long id,
      String externalId,
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      String sex,
      Address address,
      String phone,
      Long primaryClinicianId,
      long version) {

    static PatientView of(Patient p) {
      return new PatientView(
          p.getId(),
          p.getExternalId(),
          p.getFirstName(),
          p.getLastName(),
          p.getDateOfBirth(),
          p.getSex(),
          p.getAddress(),
          p.getPhone(),
          p.getPrimaryClinicianId(),
          p.getVersion());
    }
  }
}
