package org.continuum.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** An appointment as the API and the import file accept it; status left out is SCHEDULED. */
record AppointmentRequest(
    @NotNull Long patientId,
    @NotNull Long clinicianId,
    @NotBlank @Pattern(regexp = "[0-9A-Z]{5}", message = "must be a 5-character CPT or HCPCS code")
        String procedureCode,
    @NotNull LocalDate scheduledDate,
    AppointmentStatus status) {

  AppointmentStatus statusOrScheduled() {
    return status == null ? AppointmentStatus.SCHEDULED : status;
  }
}
