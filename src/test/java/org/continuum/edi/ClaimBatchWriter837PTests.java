package org.continuum.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.continuum.edi.ClaimBatch837P.Claim;
import org.continuum.edi.ClaimBatch837P.ServiceLine;
import org.continuum.support.Independent837P;
import org.junit.jupiter.api.Test;

class ClaimBatchWriter837PTests {

  private final ClaimBatchWriter837P writer = new ClaimBatchWriter837P();

  @Test
  void writesTheExpectedInterchangeForASelfAndADependentReplacementClaim() {
    String written = writer.write(ClaimBatches.twoClaimsSelfAndDependentReplacement());

    assertThat(written)
        .isEqualTo(X12Fixtures.text("837p/two-claims-self-and-dependent-replacement.x12"));
  }

  @Test
  void everyBatchWrittenPassesAnIndependentValidator() {
    for (ClaimBatch837P batch :
        List.of(
            ClaimBatches.twoClaimsSelfAndDependentReplacement(),
            ClaimBatches.withClaims(ClaimBatches.adultSelfTelehealthClaim()),
            ClaimBatches.withClaims(ClaimBatches.childReplacementClaim()))) {
      Independent837P.assertValid(writer.write(batch));
    }
  }

  @Test
  void theIndependentValidatorFindsWhatTheWriterWouldNeverWrite() {
    String written = writer.write(ClaimBatches.twoClaimsSelfAndDependentReplacement());

    assertThat(
            Independent837P.structuralFaults(
                written.replace("CLM*CNT-2026-0001*180.00", "CLM*CNT-2026-0001*181.00")))
        .anyMatch(f -> f.contains("CLM02"));
    assertThat(Independent837P.structuralFaults(written.replaceFirst("SE\\*\\d+", "SE*3")))
        .anyMatch(f -> f.contains("SE01"));
    assertThat(Independent837P.structuralFaults(written.replace("HL*4*3*23", "HL*4*1*23")))
        .anyMatch(f -> f.contains("parent"));
    assertThat(Independent837P.structuralFaults(written.replaceFirst("IEA\\*1", "IEA*2")))
        .anyMatch(f -> f.contains("IEA01"));
  }

  @Test
  void writesAFixedWidthIsaOf106Characters() {
    String written = writer.write(ClaimBatches.twoClaimsSelfAndDependentReplacement());

    String isa = written.substring(0, written.indexOf('~') + 1);
    assertThat(isa).hasSize(106);
    assertThat(isa.split("\\*", -1)).hasSize(17);
    assertThat(isa).contains("*000004711*0*T*:~");
  }

  @Test
  void readsBackThroughStaediWithMatchingCountsClaimsAndHierarchy() throws Exception {
    byte[] written =
        writer
            .write(ClaimBatches.twoClaimsSelfAndDependentReplacement())
            .getBytes(StandardCharsets.UTF_8);

    List<List<String>> segments = new ArrayList<>();
    List<EDIStreamEvent> errors = new ArrayList<>();
    try (EDIStreamReader reader =
        EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(written))) {
      List<String> current = null;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        if (event.isError()) {
          errors.add(event);
        } else if (event == EDIStreamEvent.START_SEGMENT) {
          current = new ArrayList<>(List.of(reader.getText()));
          segments.add(current);
        } else if (event == EDIStreamEvent.ELEMENT_DATA
            && reader.getLocation().getComponentPosition() <= 1) {
          current.add(reader.getText());
        }
      }
    }

    assertThat(errors).isEmpty();
    int st = indexOf(segments, "ST");
    int se = indexOf(segments, "SE");
    assertThat(Integer.parseInt(segments.get(se).get(1))).isEqualTo(se - st + 1);
    assertThat(segments.get(se).get(2)).isEqualTo(segments.get(st).get(2));
    assertThat(segments.get(indexOf(segments, "GE")).get(1)).isEqualTo("1");
    assertThat(segments.get(indexOf(segments, "IEA")).get(1)).isEqualTo("1");
    assertThat(tagged(segments, "CLM"))
        .extracting(s -> s.get(1) + "=" + s.get(2))
        .containsExactly("CNT-2026-0001=180.00", "CNT-2026-0002=155.00");
    assertThat(tagged(segments, "SV1"))
        .extracting(s -> s.get(2))
        .containsExactly("180.00", "140.00", "15.00");
    assertThat(tagged(segments, "HL"))
        .extracting(s -> String.join("/", s.subList(1, s.size())))
        .containsExactly("1//20/1", "2/1/22/0", "3/1/22/1", "4/3/23/0");
    assertThat(tagged(segments, "LX")).extracting(s -> s.get(1)).containsExactly("1", "1", "2");
    assertThat(new X12Reader().checkEnvelope(written))
        .isEqualTo(
            new X12Detection(
                X12Kind.PROFESSIONAL_CLAIM_837P, "837", "005010X222A1", "000004711", "4711"));
  }

  @Test
  void writesDiagnosesPrincipalFirstWithoutTheDecimalPoint() {
    String written = writer.write(ClaimBatches.twoClaimsSelfAndDependentReplacement());

    assertThat(written).contains("HI*ABK:F411*ABF:F331~").contains("HI*ABK:F902~");
    assertThat(written)
        .contains("CLM*CNT-2026-0002*155.00***11:B:7*Y*A*Y*Y~\nREF*F8*PCN8800112233~");
  }

  @Test
  void refusesAClaimWhoseTotalIsNotTheSumOfItsLineCharges() {
    Claim claim = ClaimBatches.childReplacementClaim();
    Claim wrongTotal = withTotal(claim, new BigDecimal("150.00"));

    assertThatThrownBy(() -> writer.write(ClaimBatches.withClaims(wrongTotal)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claims[0].totalCharge must equal the sum of the service line charges");
  }

  @Test
  void refusesAReplacementWithoutThePayerClaimNumber() {
    Claim claim = ClaimBatches.childReplacementClaim();
    Claim noF8 =
        new Claim(
            claim.claimId(),
            claim.totalCharge(),
            claim.placeOfService(),
            "7",
            claim.subscriber(),
            claim.patient(),
            null,
            null,
            claim.diagnosisCodes(),
            null,
            claim.serviceLines());

    assertThatThrownBy(() -> writer.write(ClaimBatches.withClaims(noF8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("claims[0].payerClaimControlNumber");
  }

  @Test
  void refusesADiagnosisPointerPastTheDiagnosisList() {
    Claim claim = ClaimBatches.adultSelfTelehealthClaim();
    ServiceLine line = claim.serviceLines().get(0);
    ServiceLine badPointer =
        new ServiceLine(
            line.procedureCode(),
            line.modifiers(),
            line.charge(),
            line.units(),
            List.of(3),
            line.serviceDate(),
            line.lineControlNumber());

    assertThatThrownBy(() -> writer.write(ClaimBatches.withClaims(withLines(claim, badPointer))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("claims[0].serviceLines[0].diagnosisPointers");
  }

  @Test
  void refusesAValueHoldingADelimiterWithoutRepeatingTheValue() {
    Claim claim = ClaimBatches.adultSelfTelehealthClaim();
    var subscriber = claim.subscriber();
    var renamed =
        new ClaimBatch837P.Subscriber(
            subscriber.memberId(),
            "DOE*SMITH",
            subscriber.firstName(),
            subscriber.dateOfBirth(),
            subscriber.gender(),
            subscriber.address(),
            subscriber.patientRelationship(),
            subscriber.payerResponsibility(),
            subscriber.groupNumber(),
            subscriber.claimFilingIndicator(),
            subscriber.payer());
    Claim withBadName =
        new Claim(
            claim.claimId(),
            claim.totalCharge(),
            claim.placeOfService(),
            claim.frequencyCode(),
            renamed,
            null,
            claim.priorAuthorizationNumber(),
            null,
            claim.diagnosisCodes(),
            claim.renderingProvider(),
            claim.serviceLines());

    assertThatThrownBy(() -> writer.write(ClaimBatches.withClaims(withBadName)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claims[0].subscriber.lastName contains an X12 delimiter character")
        .message()
        .doesNotContain("DOE");
  }

  private static Claim withTotal(Claim claim, BigDecimal total) {
    return new Claim(
        claim.claimId(),
        total,
        claim.placeOfService(),
        claim.frequencyCode(),
        claim.subscriber(),
        claim.patient(),
        claim.priorAuthorizationNumber(),
        claim.payerClaimControlNumber(),
        claim.diagnosisCodes(),
        claim.renderingProvider(),
        claim.serviceLines());
  }

  private static Claim withLines(Claim claim, ServiceLine... lines) {
    return new Claim(
        claim.claimId(),
        claim.totalCharge(),
        claim.placeOfService(),
        claim.frequencyCode(),
        claim.subscriber(),
        claim.patient(),
        claim.priorAuthorizationNumber(),
        claim.payerClaimControlNumber(),
        claim.diagnosisCodes(),
        claim.renderingProvider(),
        List.of(lines));
  }

  private static int indexOf(List<List<String>> segments, String tag) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).get(0).equals(tag)) {
        return i;
      }
    }
    throw new AssertionError("no " + tag + " segment");
  }

  private static List<List<String>> tagged(List<List<String>> segments, String tag) {
    return segments.stream().filter(s -> s.get(0).equals(tag)).toList();
  }
}
