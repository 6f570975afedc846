package org.continuum.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuum.authorization.Authorization;
import org.continuum.authorization.AuthorizationRepository;
import org.continuum.claim.Claim;
import org.continuum.claim.ClaimLine;
import org.continuum.edi.ClaimBatch837P;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerFamily;
import org.continuum.practice.Address;
import org.continuum.practice.BillingProvider;
import org.continuum.practice.BillingProviderRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.Coverage;
import org.continuum.practice.CoverageRepository;
import org.continuum.practice.Patient;
import org.continuum.practice.PatientRepository;
import org.continuum.practice.SubscriberRelationship;
import org.continuum.session.TherapySession;
import org.continuum.session.TherapySessionRepository;
import org.springframework.stereotype.Component;

/**
 * Maps our claims onto the 837P model: CLM01 is the claim id (the payer echoes it in 277CA TRN02
 * and 835 CLP01), REF*6R on every line is the claim line id (echoed in 835 REF*6R, so payments post
 * line by line), REF*G1 carries the authorization number a line spent. A claim goes with its own
 * frequency code: an original (1), or a corrected claim after a denial as a replacement (7) with
 * the payer's claim number in REF*F8. A rejected claim is corrected and sent again as an original.
 */
@Component
class ClaimFileMapper {

  private final PatientRepository patients;
  private final CoverageRepository coverages;
  private final ClinicianRepository clinicians;
  private final BillingProviderRepository billingProviders;
  private final TherapySessionRepository sessions;
  private final AuthorizationRepository authorizations;

  ClaimFileMapper(
      PatientRepository patients,
      CoverageRepository coverages,
      ClinicianRepository clinicians,
      BillingProviderRepository billingProviders,
      TherapySessionRepository sessions,
      AuthorizationRepository authorizations) {
    this.patients = patients;
    this.coverages = coverages;
    this.clinicians = clinicians;
    this.billingProviders = billingProviders;
    this.sessions = sessions;
    this.authorizations = authorizations;
  }

  ClaimBatch837P batch(
      ClaimBatch837P.Interchange interchange,
      ClearinghouseProperties clearinghouse,
      Payer payer,
      List<Claim> claims) {
    // one query per kind for the whole batch; each claim below then finds its rows in memory
    patients.findAllById(distinct(claims, Claim::getPatientId));
    coverages.findAllById(distinct(claims, Claim::getCoverageId));
    clinicians.findAllById(distinct(claims, Claim::getRenderingClinicianId));
    sessions.findAllById(distinct(claims, Claim::getSessionId));
    BillingProvider provider =
        billingProviders
            .findById(claims.get(0).getBillingProviderId())
            .orElseThrow(() -> new IllegalStateException("Billing provider is gone"));
    return new ClaimBatch837P(
        interchange,
        new ClaimBatch837P.Submitter(
            provider.getName(),
            clearinghouse.senderId(),
            "BILLING OFFICE",
            provider.getPhone() == null ? "0000000000" : digits(provider.getPhone())),
        new ClaimBatch837P.Receiver("CLEARINGHOUSE", clearinghouse.receiverId()),
        new ClaimBatch837P.BillingProvider(
            provider.getName(),
            provider.getNpi(),
            provider.getTaxId(),
            provider.getTaxonomyCode(),
            address(provider.getAddress())),
        claims.stream().map(c -> claim(c, payer, provider.getTaxonomyCode())).toList());
  }

  private static List<Long> distinct(List<Claim> claims, Function<Claim, Long> id) {
    return claims.stream().map(id).filter(Objects::nonNull).distinct().toList();
  }

  private ClaimBatch837P.Claim claim(Claim claim, Payer payer, String practiceTaxonomy) {
    Patient patient = patients.findById(claim.getPatientId()).orElseThrow();
    Coverage coverage = coverages.findById(claim.getCoverageId()).orElseThrow();
    Clinician clinician = clinicians.findById(claim.getRenderingClinicianId()).orElseThrow();
    TherapySession session =
        claim.getSessionId() == null ? null : sessions.findById(claim.getSessionId()).orElse(null);
    List<ClaimLine> lines = claim.getLines();
    Map<Long, Authorization> auths =
        authorizations
            .findAllById(
                lines.stream().map(ClaimLine::getAuthorizationId).filter(a -> a != null).toList())
            .stream()
            .collect(Collectors.toMap(Authorization::getId, Function.identity()));
    boolean self = coverage.getSubscriberRelationship() == SubscriberRelationship.SELF;
    ClaimBatch837P.Payer destination =
        new ClaimBatch837P.Payer(payer.getName(), payer.getPayerId());
    ClaimBatch837P.Subscriber subscriber =
        self
            ? new ClaimBatch837P.Subscriber(
                coverage.getMemberId(),
                patient.getLastName(),
                patient.getFirstName(),
                patient.getDateOfBirth(),
                patient.getSex(),
                address(patient.getAddress()),
                "18",
                responsibility(coverage),
                coverage.getGroupNumber(),
                filingIndicator(payer.getFamily()),
                destination)
            : new ClaimBatch837P.Subscriber(
                coverage.getMemberId(),
                coverage.getSubscriberLastName() == null
                    ? patient.getLastName()
                    : coverage.getSubscriberLastName(),
                coverage.getSubscriberFirstName(),
                coverage.getSubscriberDateOfBirth(),
                null,
                null,
                coverage.getSubscriberRelationship().x12Code(),
                responsibility(coverage),
                coverage.getGroupNumber(),
                filingIndicator(payer.getFamily()),
                destination);
    ClaimBatch837P.Patient patientLoop =
        self
            ? null
            : new ClaimBatch837P.Patient(
                patient.getLastName(),
                patient.getFirstName(),
                patient.getDateOfBirth(),
                patient.getSex(),
                address(patient.getAddress()));
    List<String> diagnoses = session == null ? List.of() : session.getDiagnosisCodes();
    String claimAuthorization =
        lines.stream()
            .map(l -> auths.get(l.getAuthorizationId()))
            .filter(a -> a != null)
            .map(Authorization::getAuthorizationNumber)
            .findFirst()
            .orElse(null);
    return new ClaimBatch837P.Claim(
        String.valueOf(claim.getId()),
        claim.getTotalCharge(),
        claim.getPlaceOfService(),
        claim.getFrequencyCode(),
        subscriber,
        patientLoop,
        claimAuthorization,
        "1".equals(claim.getFrequencyCode()) ? null : claim.getPayerClaimNumber(),
        diagnoses,
        new ClaimBatch837P.RenderingProvider(
            clinician.getNpi(),
            clinician.getLastName(),
            clinician.getFirstName(),
            clinician.getTaxonomyCode() == null ? practiceTaxonomy : clinician.getTaxonomyCode()),
        lines.stream()
            .map(
                l ->
                    new ClaimBatch837P.ServiceLine(
                        l.getProcedureCode(),
                        l.getModifiers(),
                        l.getCharge(),
                        BigDecimal.valueOf(l.getUnits()),
                        l.getDiagnosisPointers(),
                        l.getDateOfService(),
                        String.valueOf(l.getId())))
            .toList());
  }

  private static String responsibility(Coverage coverage) {
    return switch (coverage.getPriority()) {
      case PRIMARY -> "P";
      case SECONDARY -> "S";
      case TERTIARY -> "T";
    };
  }

  private static String filingIndicator(PayerFamily family) {
    return switch (family) {
      case MEDICARE -> "MB";
      case MEDICAID -> "MC";
      case COMMERCIAL, EAP -> "CI";
    };
  }

  private static ClaimBatch837P.Address address(Address address) {
    return address == null
        ? null
        : new ClaimBatch837P.Address(
            address.line1(),
            address.line2(),
            address.city(),
            address.state(),
            address.postalCode());
  }

  private static String digits(String phone) {
    String digits = phone.replaceAll("\\D", "");
    return digits.isEmpty() ? "0000000000" : digits;
  }
}
