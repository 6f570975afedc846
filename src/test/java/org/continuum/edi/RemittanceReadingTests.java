package org.continuum.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.continuum.edi.Remittance835.Adjustment;
import org.continuum.edi.Remittance835.Claim;
import org.continuum.edi.Remittance835.ProviderAdjustment;
import org.continuum.edi.Remittance835.ServiceLine;
import org.junit.jupiter.api.Test;

class RemittanceReadingTests {

  private final X12Reader reader = new X12Reader();

  @Test
  void readsPaymentPartiesAndAPaidClaimWithItsLine() {
    Remittance835 remittance =
        only(reader.readRemittances(X12Fixtures.bytes("835/paid-claim.x12")));

    assertThat(remittance.envelope())
        .isEqualTo(
            new X12Envelope("ACME01", "RBC0001", "000000101", "101", "005010X221A1", "0001"));
    assertThat(remittance.transactionHandlingCode()).isEqualTo("I");
    assertThat(remittance.totalPaid()).isEqualTo(money("144.00"));
    assertThat(remittance.paymentMethod()).isEqualTo("ACH");
    assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 12));
    assertThat(remittance.traceNumber()).isEqualTo("EFT20261112001");
    assertThat(remittance.productionDate()).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(remittance.payer())
        .isEqualTo(new Remittance835.Party("ACME HEALTH PLAN", "2U", "ACME01"));
    assertThat(remittance.payee().npi()).isEqualTo("1234567893");

    Claim claim = only(remittance.claims());
    assertThat(claim.patientControlNumber()).isEqualTo("CNT-2026-0001");
    assertThat(claim.statusCode()).isEqualTo("1");
    assertThat(claim.totalCharge()).isEqualTo(money("180.00"));
    assertThat(claim.amountPaid()).isEqualTo(money("144.00"));
    assertThat(claim.patientResponsibility()).isEqualTo(money("0.00"));
    assertThat(claim.payerClaimControlNumber()).isEqualTo("ACME2026110100001");
    assertThat(claim.adjustments()).isEmpty();

    ServiceLine line = only(claim.serviceLines());
    assertThat(line.procedureQualifier()).isEqualTo("HC");
    assertThat(line.procedureCode()).isEqualTo("90837");
    assertThat(line.modifiers()).containsExactly("95");
    assertThat(line.charge()).isEqualTo(money("180.00"));
    assertThat(line.paid()).isEqualTo(money("144.00"));
    assertThat(line.unitsPaid()).isEqualByComparingTo("1");
    assertThat(line.serviceDate()).isEqualTo(LocalDate.of(2026, 10, 20));
    assertThat(line.lineControlNumber()).isEqualTo("CNT-2026-0001-1");
    assertThat(line.allowedAmount()).isEqualTo(money("144.00"));
    assertThat(line.adjustments())
        .containsExactly(new Adjustment("CO", "45", money("36.00"), null));
  }

  @Test
  void readsALineLevelCo197DenialWithItsRemarkCode() {
    Remittance835 remittance =
        only(reader.readRemittances(X12Fixtures.bytes("835/denial-co197-line-level.x12")));

    assertThat(remittance.paymentMethod()).isEqualTo("CHK");
    assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 12));
    Claim claim = only(remittance.claims());
    assertThat(claim.isDenied()).isFalse();
    assertThat(claim.serviceLines()).hasSize(2);
    ServiceLine denied = claim.serviceLines().get(1);
    assertThat(denied.procedureCode()).isEqualTo("90785");
    assertThat(denied.paid()).isEqualTo(money("0.00"));
    assertThat(denied.adjustments())
        .containsExactly(new Adjustment("CO", "197", money("55.00"), new BigDecimal("1")));
    assertThat(denied.remarkCodes()).containsExactly("M62");
    assertThat(denied.lineControlNumber()).isEqualTo("CNT-2026-0003-2");
    assertThat(claim.serviceLines().get(0).remarkCodes()).isEmpty();
  }

  @Test
  void readsPatientCoinsuranceAsPr2NextToTheContractualAdjustment() {
    Claim claim =
        only(only(reader.readRemittances(X12Fixtures.bytes("835/coinsurance-pr2.x12"))).claims());

    assertThat(claim.patientResponsibility()).isEqualTo(money("24.00"));
    ServiceLine line = only(claim.serviceLines());
    assertThat(line.modifiers()).containsExactly("HO");
    assertThat(line.adjustments())
        .containsExactly(
            new Adjustment("CO", "45", money("30.00"), null),
            new Adjustment("PR", "2", money("24.00"), null));
    BigDecimal adjusted =
        line.adjustments().stream()
            .map(Adjustment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(line.charge().subtract(adjusted)).isEqualTo(line.paid());
  }

  @Test
  void readsAReversalWithNegatedAmountsFollowedByItsCorrectionAndTheProviderAdjustments() {
    Remittance835 remittance =
        only(reader.readRemittances(X12Fixtures.bytes("835/reversal-correction-and-plb.x12")));

    assertThat(remittance.claims()).hasSize(3);
    Claim reversal = remittance.claims().get(0);
    Claim correction = remittance.claims().get(1);
    assertThat(reversal.isReversal()).isTrue();
    assertThat(reversal.totalCharge()).isEqualTo(money("-180.00"));
    assertThat(reversal.amountPaid()).isEqualTo(money("-144.00"));
    assertThat(reversal.adjustments())
        .containsExactly(new Adjustment("CO", "45", money("-36.00"), null));
    assertThat(reversal.serviceLines()).isEmpty();
    assertThat(correction.isReversal()).isFalse();
    assertThat(correction.patientControlNumber()).isEqualTo(reversal.patientControlNumber());
    assertThat(correction.payerClaimControlNumber()).isEqualTo("ACME2026113000007");
    assertThat(correction.adjustments())
        .containsExactly(new Adjustment("PR", "2", money("14.00"), null));
    assertThat(only(correction.serviceLines()).adjustments())
        .containsExactly(new Adjustment("CO", "45", money("36.00"), null));

    assertThat(remittance.providerAdjustments())
        .containsExactly(
            new ProviderAdjustment(
                "1234567893",
                LocalDate.of(2026, 12, 31),
                "WO",
                "ACME2026110100001",
                money("10.00")),
            new ProviderAdjustment(
                "1234567893", LocalDate.of(2026, 12, 31), "L6", null, money("-0.50")));
    BigDecimal claimsPaid =
        remittance.claims().stream()
            .map(Claim::amountPaid)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal provider =
        remittance.providerAdjustments().stream()
            .map(ProviderAdjustment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(claimsPaid.subtract(provider)).isEqualTo(remittance.totalPaid());
  }

  @Test
  void readsSeveralTransactionSetsFromOneFileAsSeparatePayments() {
    String first = X12Fixtures.text("835/paid-claim.x12");
    String second = X12Fixtures.text("835/coinsurance-pr2.x12");
    String combined =
        first.substring(0, first.indexOf("SE*"))
            + first.substring(first.indexOf("SE*"), first.indexOf("GE*"))
            + second.substring(second.indexOf("ST*"), second.indexOf("GE*"))
            + "GE*2*101~\nIEA*1*000000101~\n";

    List<Remittance835> remittances = reader.readRemittances(combined);

    assertThat(remittances)
        .extracting(Remittance835::traceNumber)
        .containsExactly("EFT20261112001", "EFT20261112003");
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
