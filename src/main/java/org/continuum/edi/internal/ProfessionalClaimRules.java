package org.continuum.edi.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.continuum.edi.ClaimBatch837P;
import org.continuum.edi.ClaimBatch837P.Address;
import org.continuum.edi.ClaimBatch837P.Claim;
import org.continuum.edi.ClaimBatch837P.ServiceLine;
import org.continuum.edi.ClaimBatch837P.Subscriber;

/**
 * The checks an 837P batch must pass before a byte is written, so a batch is either complete and
 * consistent or not produced at all. Messages name the field, never its value, because values carry
 * patient data.
 */
final class ProfessionalClaimRules {

  private static final Set<String> FREQUENCIES = Set.of("1", "7", "8");
  private static final String DELIMITERS = "*~:^\r\n";

  private ProfessionalClaimRules() {}

  static void check(ClaimBatch837P batch) {
    require(batch != null, "batch", "is required");
    var interchange = batch.interchange();
    require(interchange != null, "interchange", "is required");
    text("interchange.senderId", interchange.senderId(), 15);
    text("interchange.receiverId", interchange.receiverId(), 15);
    controlNumber("interchange.interchangeControlNumber", interchange.interchangeControlNumber());
    controlNumber("interchange.groupControlNumber", interchange.groupControlNumber());
    controlNumber(
        "interchange.transactionSetControlNumber", interchange.transactionSetControlNumber());
    require(interchange.createdAt() != null, "interchange.createdAt", "is required");
    require(batch.submitter() != null, "submitter", "is required");
    text("submitter.name", batch.submitter().name(), 60);
    text("submitter.id", batch.submitter().id(), 80);
    text("submitter.contactName", batch.submitter().contactName(), 60);
    text("submitter.contactPhone", batch.submitter().contactPhone(), 256);
    require(batch.receiver() != null, "receiver", "is required");
    text("receiver.name", batch.receiver().name(), 60);
    text("receiver.id", batch.receiver().id(), 80);
    var provider = batch.billingProvider();
    require(provider != null, "billingProvider", "is required");
    text("billingProvider.organisationName", provider.organisationName(), 60);
    npi("billingProvider.npi", provider.npi());
    require(
        provider.taxId() != null && provider.taxId().matches("\\d{9}"),
        "billingProvider.taxId",
        "must be 9 digits");
    text("billingProvider.taxonomyCode", provider.taxonomyCode(), 50);
    address("billingProvider.address", provider.address(), true);
    require(
        batch.claims() != null && !batch.claims().isEmpty(), "claims", "must hold at least one");
    for (int i = 0; i < batch.claims().size(); i++) {
      claim("claims[" + i + "]", batch.claims().get(i));
    }
  }

  private static void claim(String field, Claim claim) {
    require(claim != null, field, "is required");
    text(field + ".claimId", claim.claimId(), 20);
    require(claim.totalCharge() != null, field + ".totalCharge", "is required");
    require(
        claim.placeOfService() != null && claim.placeOfService().matches("\\d{2}"),
        field + ".placeOfService",
        "must be two digits");
    require(
        FREQUENCIES.contains(claim.frequencyCode()),
        field + ".frequencyCode",
        "must be 1 (original), 7 (replacement) or 8 (void)");
    if (!"1".equals(claim.frequencyCode())) {
      text(field + ".payerClaimControlNumber", claim.payerClaimControlNumber(), 50);
    } else {
      optionalText(field + ".payerClaimControlNumber", claim.payerClaimControlNumber(), 50);
    }
    optionalText(field + ".priorAuthorizationNumber", claim.priorAuthorizationNumber(), 50);
    subscriber(field + ".subscriber", claim.subscriber(), claim.patient() == null);
    if (claim.patient() != null) {
      var patient = claim.patient();
      text(field + ".patient.lastName", patient.lastName(), 60);
      optionalText(field + ".patient.firstName", patient.firstName(), 35);
      require(patient.dateOfBirth() != null, field + ".patient.dateOfBirth", "is required");
      gender(field + ".patient.gender", patient.gender());
      address(field + ".patient.address", patient.address(), false);
    }
    List<String> diagnoses = claim.diagnosisCodes();
    require(
        diagnoses != null && !diagnoses.isEmpty() && diagnoses.size() <= 12,
        field + ".diagnosisCodes",
        "must hold 1 to 12 codes");
    for (int d = 0; d < diagnoses.size(); d++) {
      String code = diagnoses.get(d);
      require(
          code != null && code.replace(".", "").matches("[A-Z0-9]{3,7}"),
          field + ".diagnosisCodes[" + d + "]",
          "must be an ICD-10-CM code");
    }
    if (claim.renderingProvider() != null) {
      var rendering = claim.renderingProvider();
      npi(field + ".renderingProvider.npi", rendering.npi());
      text(field + ".renderingProvider.lastName", rendering.lastName(), 60);
      optionalText(field + ".renderingProvider.firstName", rendering.firstName(), 35);
      text(field + ".renderingProvider.taxonomyCode", rendering.taxonomyCode(), 50);
    }
    List<ServiceLine> lines = claim.serviceLines();
    require(
        lines != null && !lines.isEmpty() && lines.size() <= 50,
        field + ".serviceLines",
        "must hold 1 to 50 lines");
    BigDecimal sum = BigDecimal.ZERO;
    for (int l = 0; l < lines.size(); l++) {
      ServiceLine line = lines.get(l);
      String lineField = field + ".serviceLines[" + l + "]";
      require(line != null, lineField, "is required");
      require(
          line.procedureCode() != null && line.procedureCode().matches("[A-Z0-9]{5}"),
          lineField + ".procedureCode",
          "must be a 5-character CPT or HCPCS code");
      require(line.modifiers().size() <= 4, lineField + ".modifiers", "allows at most 4");
      for (String modifier : line.modifiers()) {
        require(
            modifier != null && modifier.matches("[A-Z0-9]{2}"),
            lineField + ".modifiers",
            "must be 2-character codes");
      }
      require(
          line.charge() != null && line.charge().signum() >= 0,
          lineField + ".charge",
          "must be zero or more");
      require(
          line.units() != null && line.units().signum() > 0,
          lineField + ".units",
          "must be more than zero");
      require(line.serviceDate() != null, lineField + ".serviceDate", "is required");
      List<Integer> pointers = line.diagnosisPointers();
      require(
          pointers != null && !pointers.isEmpty() && pointers.size() <= 4,
          lineField + ".diagnosisPointers",
          "must hold 1 to 4 pointers");
      for (Integer pointer : pointers) {
        require(
            pointer != null && pointer >= 1 && pointer <= diagnoses.size(),
            lineField + ".diagnosisPointers",
            "must point at one of the claim's diagnosis codes");
      }
      optionalText(lineField + ".lineControlNumber", line.lineControlNumber(), 50);
      sum = sum.add(line.charge());
    }
    require(
        claim.totalCharge().compareTo(sum) == 0,
        field + ".totalCharge",
        "must equal the sum of the service line charges");
  }

  private static void subscriber(String field, Subscriber subscriber, boolean isPatient) {
    require(subscriber != null, field, "is required");
    text(field + ".memberId", subscriber.memberId(), 80);
    text(field + ".lastName", subscriber.lastName(), 60);
    optionalText(field + ".firstName", subscriber.firstName(), 35);
    require(
        Set.of("P", "S", "T").contains(subscriber.payerResponsibility()),
        field + ".payerResponsibility",
        "must be P, S or T");
    text(field + ".claimFilingIndicator", subscriber.claimFilingIndicator(), 2);
    optionalText(field + ".groupNumber", subscriber.groupNumber(), 50);
    text(field + ".patientRelationship", subscriber.patientRelationship(), 2);
    if (isPatient) {
      require(
          "18".equals(subscriber.patientRelationship()),
          field + ".patientRelationship",
          "must be 18 (self) when the claim has no separate patient");
      require(subscriber.dateOfBirth() != null, field + ".dateOfBirth", "is required");
      gender(field + ".gender", subscriber.gender());
      address(field + ".address", subscriber.address(), false);
    } else {
      require(
          !"18".equals(subscriber.patientRelationship()),
          field + ".patientRelationship",
          "cannot be 18 (self) when the claim names a separate patient");
      if (subscriber.address() != null) {
        address(field + ".address", subscriber.address(), false);
      }
    }
    require(subscriber.payer() != null, field + ".payer", "is required");
    text(field + ".payer.name", subscriber.payer().name(), 60);
    text(field + ".payer.id", subscriber.payer().id(), 80);
  }

  private static void address(String field, Address address, boolean nineDigitZip) {
    require(address != null, field, "is required");
    text(field + ".line1", address.line1(), 55);
    optionalText(field + ".line2", address.line2(), 55);
    text(field + ".city", address.city(), 30);
    require(
        address.state() != null && address.state().matches("[A-Z]{2}"),
        field + ".state",
        "must be a two-letter state code");
    require(
        address.postalCode() != null
            && address.postalCode().matches(nineDigitZip ? "\\d{9}" : "\\d{5}(\\d{4})?"),
        field + ".postalCode",
        nineDigitZip ? "must be a 9-digit ZIP code" : "must be a 5 or 9 digit ZIP code");
  }

  private static void gender(String field, String gender) {
    require(Set.of("M", "F", "U").contains(gender), field, "must be M, F or U");
  }

  private static void npi(String field, String npi) {
    require(npi != null && npi.matches("\\d{10}"), field, "must be a 10-digit NPI");
  }

  private static void controlNumber(String field, int number) {
    require(number >= 1 && number <= 999_999_999, field, "must be between 1 and 999999999");
  }

  private static void text(String field, String value, int maxLength) {
    require(value != null && !value.isBlank(), field, "is required");
    optionalText(field, value, maxLength);
  }

  private static void optionalText(String field, String value, int maxLength) {
    if (value == null) {
      return;
    }
    require(value.length() <= maxLength, field, "is longer than " + maxLength + " characters");
    for (char c : value.toCharArray()) {
      require(DELIMITERS.indexOf(c) < 0, field, "contains an X12 delimiter character");
    }
  }

  private static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + message);
    }
  }
}
