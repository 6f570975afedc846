package org.continuum.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.continuum.claim.Claim;
import org.continuum.claim.ClaimLine;
import org.continuum.claim.ClaimRepository;
import org.continuum.payer.FeeSchedule;
import org.continuum.payer.FeeScheduleRepository;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerFamily;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.payer.PayerRepository;
import org.continuum.submission.ClaimBatchCut;
import org.continuum.submission.Clearinghouse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo's payer: answers every batch with the files a real one sends, into the clearinghouse
 * inbox, named so that they are read in order: a 999 (about 3% of transaction sets rejected), a
 * 277CA (about 5% of claims returned with A7), an 835, and for the odd claim a later 835 that
 * reverses the payment and pays it again. It adjudicates by its own rules: the contracted amount of
 * the fee schedule with CO-45 for the rest, PR-2 coinsurance or PR-3 copay with commercial payers,
 * CO-197 when a code needing prior authorization went without one, CO-16 with MA130 and, rarely,
 * CO-29; about 5% are underpaid at 90% of contract. Every choice comes from the claim ids, never
 * from the clock or a random generator, so a demo replays the same way. {@code
 * continuum.sandbox.answer-batches=false} keeps it quiet (the throughput benchmarks measure our
 * side of the clearinghouse, not the payer's).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(
    name = "continuum.sandbox.answer-batches",
    havingValue = "true",
    matchIfMissing = true)
class SandboxPayer {

  private static final String SENDER = "SANDBOXPAYER";
  private static final String RECEIVER = "CONTINUUM";

  private final ClaimRepository claims;
  private final PayerRepository payers;
  private final PayerProfileRepository profiles;
  private final FeeScheduleRepository feeSchedules;
  private final Clearinghouse clearinghouse;

  SandboxPayer(
      ClaimRepository claims,
      PayerRepository payers,
      PayerProfileRepository profiles,
      FeeScheduleRepository feeSchedules,
      Clearinghouse clearinghouse) {
    this.claims = claims;
    this.payers = payers;
    this.profiles = profiles;
    this.feeSchedules = feeSchedules;
    this.clearinghouse = clearinghouse;
  }

  /** What the sandbox decides for one claim. */
  enum Verdict {
    REJECT_277CA,
    DENY_NO_AUTHORIZATION,
    DENY_MISSING_INFORMATION,
    DENY_TIMELY_FILING,
    UNDERPAY,
    PAY_THEN_REVERSE,
    PAY
  }

  /** Deterministic buckets 0–99 from a claim id. */
  static int bucket(long id, int salt) {
    long h = id * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
    h ^= (h >>> 31);
    h *= 0x94D049BB133111EBL;
    h ^= (h >>> 29);
    return (int) Math.floorMod(h, 100L);
  }

  static Verdict verdict(long claimId, boolean missingAuthorization) {
    if (bucket(claimId, 1) < 5) {
      return Verdict.REJECT_277CA;
    }
    if (missingAuthorization) {
      return Verdict.DENY_NO_AUTHORIZATION;
    }
    int b = bucket(claimId, 2);
    if (b < 4) {
      return Verdict.DENY_MISSING_INFORMATION;
    }
    if (b == 4) {
      return Verdict.DENY_TIMELY_FILING;
    }
    if (b < 10) {
      return Verdict.UNDERPAY;
    }
    if (b < 12) {
      return Verdict.PAY_THEN_REVERSE;
    }
    return Verdict.PAY;
  }

  @ApplicationModuleListener
  void on(ClaimBatchCut cut) {
    answer(cut);
  }

  void answer(ClaimBatchCut cut) {
    Payer payer = payers.findById(cut.payerId()).orElseThrow();
    PayerProfile profile = profiles.findById(cut.payerId()).orElseThrow();
    List<Claim> batch = claims.findAllById(cut.claimIds());
    LocalDateTime at = LocalDateTime.of(2026, 1, 1, 8, 0).plusMinutes(cut.batchId() % 100_000);
    int icn = cut.interchangeControlNumber();
    String prefix = "%09d".formatted(icn);
    long first = cut.claimIds().stream().mapToLong(Long::longValue).min().orElse(0);
    boolean rejectSet = bucket(first, 7) < 3;
    clearinghouse.deliverToInbox(prefix + "-1-999.x12", acknowledgment(cut, rejectSet, at));
    if (rejectSet) {
      return;
    }
    List<Claim> accepted = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (Claim claim : batch) {
      Verdict verdict =
          verdict(
              claim.getId(),
              claim.getLines().stream()
                  .anyMatch(
                      l ->
                          l.getAuthorizationId() == null
                              && profile.requiresAuthorization(l.getProcedureCode())));
      verdicts.add(verdict);
      if (verdict != Verdict.REJECT_277CA) {
        accepted.add(claim);
      }
    }
    clearinghouse.deliverToInbox(
        prefix + "-2-277CA.x12", claimAcknowledgment(cut, payer, batch, verdicts, at));
    if (accepted.isEmpty()) {
      return;
    }
    List<Verdict> acceptedVerdicts =
        verdicts.stream().filter(v -> v != Verdict.REJECT_277CA).toList();
    clearinghouse.deliverToInbox(
        prefix + "-3-835.x12",
        remittance(icn, "1", payer, accepted, acceptedVerdicts, at.plusDays(14), false));
    List<Claim> reversed = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      if (acceptedVerdicts.get(i) == Verdict.PAY_THEN_REVERSE) {
        reversed.add(accepted.get(i));
      }
    }
    if (!reversed.isEmpty()) {
      clearinghouse.deliverToInbox(
          prefix + "-4-835-reversal.x12",
          remittance(
              icn,
              "2",
              payer,
              reversed,
              reversed.stream().map(c -> Verdict.PAY).toList(),
              at.plusDays(30),
              true));
    }
  }

  private String acknowledgment(ClaimBatchCut cut, boolean reject, LocalDateTime at) {
    SandboxX12 x12 =
        SandboxX12.interchange(
                SENDER,
                RECEIVER,
                controlNumber(cut.interchangeControlNumber(), 1),
                "FA",
                "005010X231A1",
                at)
            .startTransaction("ST*999*0001*005010X231A1")
            .segment("AK1*HC*" + groupOf(cut) + "*005010X222A1")
            .segment("AK2*837*%04d*005010X222A1".formatted(transactionOf(cut)));
    if (reject) {
      x12.segment("IK3*CLM*24*2300*8").segment("IK4*5:3*1325*7*9").segment("IK5*R*5");
      x12.segment("AK9*R*1*1*0");
    } else {
      x12.segment("IK5*A").segment("AK9*A*1*1*1");
    }
    return x12.finish("0001");
  }

  private String claimAcknowledgment(
      ClaimBatchCut cut, Payer payer, List<Claim> batch, List<Verdict> verdicts, LocalDateTime at) {
    String day = SandboxX12.date(at.toLocalDate());
    SandboxX12 x12 =
        SandboxX12.interchange(
                SENDER,
                RECEIVER,
                controlNumber(cut.interchangeControlNumber(), 2),
                "HN",
                "005010X214",
                at)
            .startTransaction("ST*277*0001*005010X214")
            .segment("BHT*0085*08*" + cut.batchId() + "*" + day + "*0800*TH")
            .segment("HL*1**20*1")
            .segment("NM1*PR*2*" + payer.getName() + "*****PI*" + payer.getPayerId())
            .segment("TRN*1*277CA" + cut.interchangeControlNumber())
            .segment("DTP*050*D8*" + day)
            .segment("DTP*009*D8*" + day)
            .segment("HL*2*1*21*1")
            .segment("NM1*41*2*CONTINUUM*****46*" + RECEIVER)
            .segment("TRN*2*" + cut.batchId())
            .segment("STC*A1:19*" + day + "*WQ")
            .segment("HL*3*2*19*1")
            .segment("NM1*85*2*BILLING PROVIDER")
            .segment("TRN*1*0");
    int hl = 4;
    for (int i = 0; i < batch.size(); i++) {
      Claim claim = batch.get(i);
      x12.segment("HL*" + hl++ + "*3*PT*0")
          .segment("NM1*QC*1*DEMO*PATIENT")
          .segment("TRN*2*" + claim.getId());
      if (verdicts.get(i) == Verdict.REJECT_277CA) {
        x12.segment("STC*A7:562:85*" + day + "*U*" + claim.getTotalCharge());
      } else {
        x12.segment("STC*A2:20*" + day + "*WQ*" + claim.getTotalCharge())
            .segment("REF*1K*" + payerClaimNumber(claim));
      }
      x12.segment("DTP*472*D8*" + SandboxX12.date(claim.getDateOfService()));
    }
    return x12.finish("0001");
  }

  /** One line's adjudication. */
  private record LinePay(
      ClaimLine line, BigDecimal paid, List<String[]> adjustments, String remark) {}

  private String remittance(
      int icn,
      String sequence,
      Payer payer,
      List<Claim> paidClaims,
      List<Verdict> verdicts,
      LocalDateTime at,
      boolean reversal) {
    List<String> body = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < paidClaims.size(); i++) {
      Claim claim = paidClaims.get(i);
      Verdict verdict = verdicts.get(i);
      List<LinePay> lines = adjudicate(claim, payer, verdict);
      BigDecimal paid = lines.stream().map(LinePay::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal patient =
          lines.stream()
              .flatMap(l -> l.adjustments().stream())
              .filter(a -> a[0].equals("PR"))
              .map(a -> new BigDecimal(a[2]))
              .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
      String status =
          verdict == Verdict.DENY_NO_AUTHORIZATION
                  || verdict == Verdict.DENY_MISSING_INFORMATION
                  || verdict == Verdict.DENY_TIMELY_FILING
              ? "4"
              : "1";
      if (reversal) {
        body.addAll(claimLoop(claim, "22", lines, paid, patient, -1));
        total = total.subtract(paid);
      }
      body.addAll(claimLoop(claim, status, lines, paid, patient, 1));
      total = total.add(paid);
    }
    String day = SandboxX12.date(at.toLocalDate());
    SandboxX12 x12 =
        SandboxX12.interchange(
            SENDER,
            RECEIVER,
            controlNumber(icn, 2 + Integer.parseInt(sequence)),
            "HP",
            "005010X221A1",
            at);
    x12.startTransaction("ST*835*000" + sequence)
        .segment(
            "BPR*I*"
                + total
                + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*"
                + day)
        .segment("TRN*1*EFT" + icn + sequence + "*1512345678")
        .segment("DTM*405*" + day)
        .segment("N1*PR*" + payer.getName())
        .segment("REF*2U*" + payer.getPayerId())
        .segment("PER*BL*PROVIDER SERVICES*TE*8005550199")
        .segment("N1*PE*CONTINUUM PRACTICE*XX*1234567893")
        .segment("LX*1");
    body.forEach(x12::segment);
    return x12.finish("000" + sequence);
  }

  private List<String> claimLoop(
      Claim claim,
      String status,
      List<LinePay> lines,
      BigDecimal paid,
      BigDecimal patient,
      int sign) {
    BigDecimal s = BigDecimal.valueOf(sign);
    List<String> segments = new ArrayList<>();
    segments.add(
        "CLP*%d*%s*%s*%s*%s*12*%s*11*1"
            .formatted(
                claim.getId(),
                status,
                claim.getTotalCharge().multiply(s),
                paid.multiply(s),
                patient.multiply(s),
                payerClaimNumber(claim)));
    segments.add("NM1*QC*1*DEMO*PATIENT");
    for (LinePay line : lines) {
      ClaimLine claimLine = line.line();
      String procedure =
          "HC:"
              + claimLine.getProcedureCode()
              + (claimLine.getModifiers().isEmpty()
                  ? ""
                  : ":" + String.join(":", claimLine.getModifiers()));
      segments.add(
          "SVC*%s*%s*%s**%d"
              .formatted(
                  procedure,
                  claimLine.getCharge().multiply(s),
                  line.paid().multiply(s),
                  claimLine.getUnits() * sign));
      segments.add("DTM*472*" + SandboxX12.date(claimLine.getDateOfService()));
      for (String[] adjustment : line.adjustments()) {
        segments.add(
            "CAS*%s*%s*%s"
                .formatted(
                    adjustment[0], adjustment[1], new BigDecimal(adjustment[2]).multiply(s)));
      }
      segments.add("REF*6R*" + claimLine.getId());
      if (line.remark() != null) {
        segments.add("LQ*HE*" + line.remark());
      }
    }
    return segments;
  }

  private List<LinePay> adjudicate(Claim claim, Payer payer, Verdict verdict) {
    Optional<FeeSchedule> schedule =
        feeSchedules.findByPayerIdOrderByEffectiveFromDesc(payer.getId()).stream()
            .filter(f -> f.inForceOn(claim.getDateOfService()))
            .findFirst();
    boolean commercial =
        payer.getFamily() == PayerFamily.COMMERCIAL || payer.getFamily() == PayerFamily.EAP;
    List<LinePay> result = new ArrayList<>();
    for (ClaimLine line : claim.getLines()) {
      BigDecimal charge = line.getCharge();
      String modifier = line.getModifiers().isEmpty() ? null : line.getModifiers().get(0);
      BigDecimal contracted =
          schedule
              .flatMap(f -> f.entryFor(line.getProcedureCode(), modifier))
              .map(e -> e.getContractedAmount().multiply(BigDecimal.valueOf(line.getUnits())))
              .orElse(charge.multiply(new BigDecimal("0.70")))
              .min(charge)
              .setScale(2, RoundingMode.HALF_UP);
      List<String[]> adjustments = new ArrayList<>();
      switch (verdict) {
        case DENY_NO_AUTHORIZATION -> {
          adjustments.add(new String[] {"CO", "197", charge.toPlainString()});
          result.add(new LinePay(line, zero(), adjustments, "N54"));
        }
        case DENY_MISSING_INFORMATION -> {
          adjustments.add(new String[] {"CO", "16", charge.toPlainString()});
          result.add(new LinePay(line, zero(), adjustments, "MA130"));
        }
        case DENY_TIMELY_FILING -> {
          adjustments.add(new String[] {"CO", "29", charge.toPlainString()});
          result.add(new LinePay(line, zero(), adjustments, null));
        }
        case UNDERPAY -> {
          BigDecimal paid =
              contracted.multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP);
          adjustments.add(new String[] {"CO", "45", charge.subtract(paid).toPlainString()});
          result.add(new LinePay(line, paid, adjustments, null));
        }
        default -> {
          BigDecimal contractual = charge.subtract(contracted);
          if (contractual.signum() > 0) {
            adjustments.add(new String[] {"CO", "45", contractual.toPlainString()});
          }
          BigDecimal patient = zero();
          if (commercial) {
            boolean copay = bucket(claim.getId(), 3) < 50;
            patient =
                copay
                    ? new BigDecimal("20.00").min(contracted)
                    : contracted.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
            if (patient.signum() > 0) {
              adjustments.add(new String[] {"PR", copay ? "3" : "2", patient.toPlainString()});
            }
          }
          result.add(new LinePay(line, contracted.subtract(patient), adjustments, null));
        }
      }
    }
    return result;
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  private static String payerClaimNumber(Claim claim) {
    return "SBX" + claim.getId();
  }

  private static String groupOf(ClaimBatchCut cut) {
    return String.valueOf(cut.groupControlNumber());
  }

  private static int transactionOf(ClaimBatchCut cut) {
    return cut.transactionControlNumber();
  }

  /** Each file of a batch's answer has its own ISA13, as a real sender's would. */
  private static int controlNumber(int batchControlNumber, int file) {
    return (batchControlNumber % 99_999_999) * 10 + file;
  }
}
