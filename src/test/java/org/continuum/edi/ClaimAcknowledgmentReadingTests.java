package org.continuum.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.continuum.edi.ClaimStatus277CA.Claim;
import org.continuum.edi.ClaimStatus277CA.Status;
import org.junit.jupiter.api.Test;

class ClaimAcknowledgmentReadingTests {

  private final X12Reader reader = new X12Reader();

  private final ClaimStatus277CA acknowledgment =
      reader.readClaimAcknowledgments(X12Fixtures.bytes("277ca/accepted-and-rejected.x12")).get(0);

  @Test
  void readsTheBatchLevelReceiptApartFromTheClaims() {
    assertThat(acknowledgment.referenceIdentification()).isEqualTo("4711");
    assertThat(acknowledgment.creationDate()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(acknowledgment.batchStatuses())
        .containsExactly(
            new Status(
                "A1", "19", null, LocalDate.of(2026, 11, 3), "WQ", new BigDecimal("335.00")));
    assertThat(acknowledgment.claims()).hasSize(2);
  }

  @Test
  void readsAnAcceptedClaimWithThePayerClaimNumber() {
    Claim accepted = acknowledgment.claims().get(0);

    assertThat(accepted.patientControlNumber()).isEqualTo("CNT-2026-0001");
    assertThat(accepted.isAccepted()).isTrue();
    assertThat(accepted.payerClaimControlNumber()).isEqualTo("ACME2026110300042");
    assertThat(accepted.clearinghouseTraceNumber()).isEqualTo("CH0000001");
    assertThat(accepted.totalCharge()).isEqualTo(new BigDecimal("180.00"));
    assertThat(accepted.serviceDateFrom()).isEqualTo(LocalDate.of(2026, 10, 20));
    assertThat(accepted.serviceDateTo()).isEqualTo(LocalDate.of(2026, 10, 20));
    assertThat(accepted.statuses()).extracting(Status::categoryCode).containsExactly("A2");
  }

  @Test
  void readsARejectedClaimWithEveryStatusAndItsLine() {
    Claim rejected = acknowledgment.claims().get(1);

    assertThat(rejected.patientControlNumber()).isEqualTo("CNT-2026-0002");
    assertThat(rejected.isAccepted()).isFalse();
    assertThat(rejected.payerClaimControlNumber()).isNull();
    assertThat(rejected.statuses())
        .containsExactly(
            new Status("A7", "562", "85", LocalDate.of(2026, 11, 3), "U", new BigDecimal("155.00")),
            new Status("A3", "21", "77", LocalDate.of(2026, 11, 3), "U", new BigDecimal("155.00")));
    var line = rejected.serviceLines().get(0);
    assertThat(line.procedureCode()).isEqualTo("90834");
    assertThat(line.charge()).isEqualTo(new BigDecimal("140.00"));
    assertThat(line.lineControlNumber()).isEqualTo("CNT-2026-0002-1");
    assertThat(line.serviceDate()).isEqualTo(LocalDate.of(2026, 10, 21));
    assertThat(line.statuses()).extracting(Status::statusCode).containsExactly("306");
  }
}
