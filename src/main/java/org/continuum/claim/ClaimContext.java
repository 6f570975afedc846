package org.continuum.claim;

import java.util.Optional;
import org.continuum.payer.FeeSchedule;
import org.continuum.payer.FeeScheduleRepository;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.BillingProviderRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.CoverageRepository;
import org.continuum.session.TherapySession;
import org.springframework.stereotype.Component;

/**
 * Looks up what a claim's rules need beyond the claim itself: the session, the payer with its
 * profile and fee schedule in force, and the rendering clinician.
 */
@Component
class ClaimContext {

  private final CoverageRepository coverages;
  private final PayerRepository payers;
  private final PayerProfileRepository profiles;
  private final FeeScheduleRepository feeSchedules;
  private final ClinicianRepository clinicians;
  private final BillingProviderRepository billingProviders;
  private final ClaimRepository claims;

  ClaimContext(
      CoverageRepository coverages,
      PayerRepository payers,
      PayerProfileRepository profiles,
      FeeScheduleRepository feeSchedules,
      ClinicianRepository clinicians,
      BillingProviderRepository billingProviders,
      ClaimRepository claims) {
    this.claims = claims;
    this.coverages = coverages;
    this.payers = payers;
    this.profiles = profiles;
    this.feeSchedules = feeSchedules;
    this.clinicians = clinicians;
    this.billingProviders = billingProviders;
  }

  /** The payer, its rules and the rendering clinician of a session. */
  record Parties(Payer payer, PayerProfile profile, Clinician clinician) {}

  Parties partiesOf(TherapySession session) {
    Long payerId =
        coverages
            .findById(session.getCoverageId())
            .orElseThrow(() -> new IllegalStateException("Coverage of a session is gone"))
            .getPayerId();
    return parties(payerId, session.getClinicianId());
  }

  Parties parties(Long payerId, Long clinicianId) {
    Payer payer =
        payers.findById(payerId).orElseThrow(() -> new IllegalStateException("Payer is gone"));
    PayerProfile profile =
        profiles
            .findById(payerId)
            .orElseThrow(
                () -> new IllegalStateException("Payer " + payer.getCode() + " has no profile"));
    Clinician clinician =
        clinicians
            .findById(clinicianId)
            .orElseThrow(() -> new IllegalStateException("Clinician is gone"));
    return new Parties(payer, profile, clinician);
  }

  Optional<Long> billingProviderId() {
    return billingProviders.firstId();
  }

  Optional<FeeSchedule> feeScheduleFor(Long payerId, java.time.LocalDate dateOfService) {
    return feeSchedules.findByPayerIdOrderByEffectiveFromDesc(payerId).stream()
        .filter(f -> f.inForceOn(dateOfService))
        .findFirst();
  }

  /**
   * Codes the claim's lines afresh from the session's current facts. Lines already coded exactly so
   * are kept, with any authorization they hold; otherwise every line is dropped and built again,
   * the removal written first so that line numbers stay unique.
   */
  void code(Claim claim, TherapySession session, Parties parties) {
    ClaimCoder.Coding coding =
        ClaimCoder.code(
            session,
            parties.profile(),
            parties.clinician().getCredential(),
            feeScheduleFor(parties.payer().getId(), session.getDateOfService()));
    claim.setPlaceOfService(coding.placeOfService());
    if (claim.isCodedAs(coding.lines())) {
      return;
    }
    if (!claim.getLines().isEmpty()) {
      claim.clearLines();
      claims.flush();
    }
    for (ClaimCoder.CodedLine line : coding.lines()) {
      claim.addLine(
          line.procedureCode(),
          line.modifiers(),
          line.units(),
          line.charge(),
          line.diagnosisPointers());
    }
  }
}
