package org.continuum.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A completed session as the EHR sends it. Only what identifies the service is required here; what
 * a payer audits (time, signature, diagnoses, treatment-plan currency) is checked by documentation
 * review, which turns a gap into a question for the clinician instead of a refused import.
 */
record SessionRequest(
    @NotNull Long patientId,
    @NotNull Long clinicianId,
    @NotNull Long coverageId,
    @NotNull LocalDate dateOfService,
    LocalTime startTime,
    LocalTime endTime,
    @Min(0) @Max(600) Integer minutes,
    @NotBlank @Pattern(regexp = CODE, message = "must be a CPT or HCPCS code such as 90834")
        String procedureCode,
    @Size(max = 4)
        List<@NotBlank @Pattern(regexp = CODE, message = "must be a CPT or HCPCS code") String>
            addOnCodes,
    @Pattern(regexp = CODE, message = "must be a CPT code such as 99214") String emCode,
    @NotNull Modality modality,
    @NotNull PatientLocation patientLocation,
    @Size(max = 12)
        List<
                @NotBlank
                @Pattern(regexp = ICD10_CM, message = "must be an ICD-10-CM code such as F41.1")
                String>
            diagnosisCodes,
    Instant noteSignedAt,
    LocalDate treatmentPlanReviewedOn,
    @Size(max = 100) String sourceSessionId) {

  static final String CODE = "[0-9A-Z][0-9]{3}[0-9A-Z]";

  /** ICD-10-CM: a letter, two characters, then optionally a dot and up to four more (F32.A). */
  static final String ICD10_CM = "[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?";

  List<String> addOnCodesOrEmpty() {
    return addOnCodes == null ? List.of() : addOnCodes;
  }

  List<String> diagnosisCodesOrEmpty() {
    return diagnosisCodes == null ? List.of() : diagnosisCodes;
  }
}
