package org.continuum.appointment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.PatientRepository;
import org.continuum.web.UnprocessableException;
import org.continuum.web.UnprocessableException.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments from the practice's scheduler, one at a time or as a CSV file whose rows each get
 * their own result. Each change announces the patients whose bookings changed, so forecasts of
 * their authorizations are taken again.
 */
@RestController
@RequestMapping("/api/appointments")
class AppointmentController {

  private final AppointmentRepository appointments;
  private final PatientRepository patients;
  private final ClinicianRepository clinicians;
  private final Validator validator;
  private final ApplicationEventPublisher events;

  AppointmentController(
      AppointmentRepository appointments,
      PatientRepository patients,
      ClinicianRepository clinicians,
      Validator validator,
      ApplicationEventPublisher events) {
    this.appointments = appointments;
    this.patients = patients;
    this.clinicians = clinicians;
    this.validator = validator;
    this.events = events;
  }

  /** An appointment as the API returns it. */
  record AppointmentView(
      Long id,
      Long patientId,
      Long clinicianId,
      String procedureCode,
      LocalDate scheduledDate,
      AppointmentStatus status) {

    static AppointmentView of(Appointment a) {
      return new AppointmentView(
          a.getId(),
          a.getPatientId(),
          a.getClinicianId(),
          a.getProcedureCode(),
          a.getScheduledDate(),
          a.getStatus());
    }
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<AppointmentView> list(@RequestParam long patientId) {
    return appointments.findByPatientIdOrderByScheduledDateAscIdAsc(patientId).stream()
        .map(AppointmentView::of)
        .toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AppointmentView create(@Valid @RequestBody AppointmentRequest request) {
    Appointment saved = save(request);
    events.publishEvent(new AppointmentsChanged(Set.of(saved.getPatientId())));
    return AppointmentView.of(saved);
  }

  /** What happened to one row of an import. */
  enum RowStatus {
    CREATED,
    REJECTED
  }

  /** One row's outcome; row 1 is the first row after the header. */
  record RowResult(int row, RowStatus status, Long appointmentId, List<FieldError> errors) {}

  @PostMapping(
      path = "/import",
      consumes = {"text/csv", "text/plain"})
  List<RowResult> importCsv(@RequestBody(required = false) String csv) {
    List<RowResult> results = new ArrayList<>();
    Set<Long> changed = new LinkedHashSet<>();
    for (AppointmentCsv.Row row : AppointmentCsv.read(csv)) {
      RowResult result = importRow(row);
      if (result.status() == RowStatus.CREATED) {
        changed.add(row.request().patientId());
      }
      results.add(result);
    }
    if (!changed.isEmpty()) {
      events.publishEvent(new AppointmentsChanged(Set.copyOf(changed)));
    }
    return results;
  }

  private RowResult importRow(AppointmentCsv.Row row) {
    List<FieldError> errors = new ArrayList<>(row.errors());
    validator.validate(row.request()).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(AppointmentController::fieldError)
        .filter(e -> errors.stream().noneMatch(known -> known.field().equals(e.field())))
        .forEach(errors::add);
    if (!errors.isEmpty()) {
      return new RowResult(row.number(), RowStatus.REJECTED, null, errors);
    }
    try {
      return new RowResult(row.number(), RowStatus.CREATED, save(row.request()).getId(), List.of());
    } catch (UnprocessableException e) {
      return new RowResult(row.number(), RowStatus.REJECTED, null, e.errors());
    }
  }

  private Appointment save(AppointmentRequest request) {
    if (!patients.existsById(request.patientId())) {
      throw new UnprocessableException("patientId", "names no patient");
    }
    if (!clinicians.existsById(request.clinicianId())) {
      throw new UnprocessableException("clinicianId", "names no clinician");
    }
    return appointments.save(
        new Appointment(
            request.patientId(),
            request.clinicianId(),
            request.procedureCode(),
            request.scheduledDate(),
            request.statusOrScheduled()));
  }

  private static FieldError fieldError(ConstraintViolation<AppointmentRequest> violation) {
    return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
  }
}
