package org.continuum.remittance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.continuum.claim.Claim;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.ClaimLine;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.edi.Acknowledgment999;
import org.continuum.edi.ClaimStatus277CA;
import org.continuum.edi.Remittance835;
import org.continuum.edi.X12Detection;
import org.continuum.edi.X12Detector;
import org.continuum.edi.X12FormatException;
import org.continuum.edi.X12Kind;
import org.continuum.edi.X12Reader;
import org.continuum.payer.FeeSchedule;
import org.continuum.payer.FeeScheduleRepository;
import org.continuum.submission.ClaimBatches;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts one inbound X12 file, whatever its kind, in one transaction. The file is read whole first:
 * a malformed file throws {@link X12FormatException} and nothing is posted. Then the file is
 * recorded; a file recorded before (same sender and ISA13, or the same bytes) is answered with its
 * earlier summary marked duplicate and posts nothing. A claim of a payment (TRN02) already posted
 * from another file (the same 835 sent again under a new ISA13) is not posted again. Payments and
 * adjustments carry a unique key of file, claim and line, the last guard against posting twice.
 */
@Service
public class InboundPosting {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private final X12Detector detector;
  private final X12Reader reader;
  private final ClaimRepository claims;
  private final ClaimLifecycle lifecycle;
  private final ClaimBatches batches;
  private final FeeScheduleRepository feeSchedules;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;

  InboundPosting(
      X12Detector detector,
      X12Reader reader,
      ClaimRepository claims,
      ClaimLifecycle lifecycle,
      ClaimBatches batches,
      FeeScheduleRepository feeSchedules,
      JdbcClient jdbc,
      ObjectMapper json,
      ApplicationEventPublisher events) {
    this.detector = detector;
    this.reader = reader;
    this.claims = claims;
    this.lifecycle = lifecycle;
    this.batches = batches;
    this.feeSchedules = feeSchedules;
    this.jdbc = jdbc;
    this.json = json;
    this.events = events;
  }

  /** What the posting of one file found, as it goes. */
  private static final class Tally {
    int matched;
    int posted;
    final List<String> unmatched = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
  }

  @Transactional
  public InboundSummary post(byte[] x12) {
    X12Detection detection = detector.detect(x12);
    List<Remittance835> remittances = List.of();
    List<Acknowledgment999> acknowledgments = List.of();
    List<ClaimStatus277CA> claimAcknowledgments = List.of();
    String sender;
    switch (detection.kind()) {
      case REMITTANCE_835 -> {
        remittances = reader.readRemittances(x12);
        sender = remittances.get(0).envelope().senderId();
      }
      case ACKNOWLEDGMENT_999 -> {
        acknowledgments = reader.readAcknowledgments(x12);
        sender = acknowledgments.get(0).envelope().senderId();
      }
      case CLAIM_ACKNOWLEDGMENT_277CA -> {
        claimAcknowledgments = reader.readClaimAcknowledgments(x12);
        sender = claimAcknowledgments.get(0).envelope().senderId();
      }
      default ->
          throw new X12FormatException(
              "ST",
              3,
              "transaction set "
                  + detection.transactionSetId()
                  + " is not one Continuum posts; send an 835, 999 or 277CA");
    }
    String controlNumber = detection.interchangeControlNumber();
    Optional<Long> fileId = record(detection.kind(), sender, controlNumber, sha256(x12));
    if (fileId.isEmpty()) {
      return earlier(sender, controlNumber, sha256(x12));
    }
    Tally tally = new Tally();
    remittances.forEach(r -> post(fileId.get(), r, tally));
    acknowledgments.forEach(a -> post(a, tally));
    claimAcknowledgments.forEach(a -> post(a, tally));
    InboundSummary summary =
        new InboundSummary(
            detection.kind().name(),
            controlNumber,
            tally.matched,
            tally.posted,
            false,
            tally.unmatched,
            tally.warnings);
    jdbc.sql("update remittance_file set summary = cast(? as jsonb) where id = ?")
        .params(toJson(summary), fileId.get())
        .update();
    return summary;
  }

  // ---- 999 ----

  private void post(Acknowledgment999 ack, Tally tally) {
    Optional<Long> batch = batches.batchOfGroup(ack.groupControlNumber());
    if (batch.isEmpty()) {
      tally.unmatched.add("GS06 " + ack.groupControlNumber());
      return;
    }
    List<Long> claimIds = batches.claimsOf(batch.get());
    tally.matched += claimIds.size();
    boolean anyRejected =
        ack.transactionSets().stream()
                .anyMatch(Acknowledgment999.TransactionSetResponse::isRejected)
            || "R".equals(ack.groupAcknowledgmentCode());
    boolean allRejected =
        "R".equals(ack.groupAcknowledgmentCode())
            || (!ack.transactionSets().isEmpty()
                && ack.transactionSets().stream()
                    .allMatch(Acknowledgment999.TransactionSetResponse::isRejected));
    batches.recordAcknowledgment(
        batch.get(), allRejected ? "REJECTED" : anyRejected ? "PARTIALLY_ACCEPTED" : "ACCEPTED");
    if (!anyRejected) {
      return;
    }
    // A batch is one transaction set: a rejected ST sends every claim in it back.
    String reason = reason999(ack);
    for (long claimId : claimIds) {
      if (lifecycle.markRejected(claimId, reason)) {
        events.publishEvent(new ClaimRejected(claimId, reason));
        tally.posted++;
      }
    }
  }

  private static String reason999(Acknowledgment999 ack) {
    StringBuilder reason = new StringBuilder("999 rejected the transaction set");
    ack.transactionSets().stream()
        .filter(Acknowledgment999.TransactionSetResponse::isRejected)
        .flatMap(t -> t.segmentErrors().stream())
        .limit(3)
        .forEach(
            e ->
                reason
                    .append("; segment ")
                    .append(e.segmentId())
                    .append(" at position ")
                    .append(e.position())
                    .append(e.errorCode() == null ? "" : " (IK304 " + e.errorCode() + ")"));
    return reason.append('.').toString();
  }

  // ---- 277CA ----

  private void post(ClaimStatus277CA ack, Tally tally) {
    for (ClaimStatus277CA.Claim acknowledged : ack.claims()) {
      Optional<Claim> claim = claimOf(acknowledged.patientControlNumber());
      if (claim.isEmpty()) {
        tally.unmatched.add(acknowledged.patientControlNumber());
        continue;
      }
      tally.matched++;
      long claimId = claim.get().getId();
      List<ClaimStatus277CA.Status> rejections =
          acknowledged.statuses().stream().filter(ClaimStatus277CA.Status::isRejection).toList();
      if (!rejections.isEmpty()) {
        String reason =
            "277CA returned the claim: "
                + String.join(
                    ", ",
                    rejections.stream()
                        .map(
                            s ->
                                s.categoryCode()
                                    + (s.statusCode() == null ? "" : ":" + s.statusCode())
                                    + (s.entityCode() == null ? "" : ":" + s.entityCode()))
                        .toList())
                + ". Correct the claim and resubmit it as an original.";
        if (lifecycle.markRejected(claimId, reason)) {
          events.publishEvent(new ClaimRejected(claimId, reason));
          tally.posted++;
        }
      } else if (acknowledged.isAccepted()
          && lifecycle.markAccepted(claimId, acknowledged.payerClaimControlNumber())) {
        events.publishEvent(new ClaimAccepted(claimId, acknowledged.payerClaimControlNumber()));
        tally.posted++;
      }
    }
  }

  // ---- 835 ----

  private void post(long fileId, Remittance835 remittance, Tally tally) {
    BigDecimal posted = ZERO;
    for (Remittance835.Claim paid : remittance.claims()) {
      Optional<Claim> claim = claimOf(paid.patientControlNumber());
      if (claim.isEmpty()) {
        tally.unmatched.add(paid.patientControlNumber());
        continue;
      }
      tally.matched++;
      posted = posted.add(paid.amountPaid());
      if (!firstPostingOfPayment(fileId, remittance, paid)) {
        tally.warnings.add(
            "claim "
                + claim.get().getId()
                + " of trace "
                + remittance.traceNumber()
                + " was posted from an earlier file; not posted again");
        continue;
      }
      tally.posted += post(fileId, claim.get(), paid, decidedOn(remittance)) ? 1 : 0;
    }
    BigDecimal providerAdjustments =
        remittance.providerAdjustments().stream()
            .map(Remittance835.ProviderAdjustment::amount)
            .reduce(ZERO, BigDecimal::add);
    BigDecimal expected = posted.subtract(providerAdjustments);
    if (expected.compareTo(remittance.totalPaid()) != 0) {
      tally.warnings.add(
          "BPR02 total paid "
              + remittance.totalPaid()
              + " does not equal the posted CLP04 amounts less PLB adjustments ("
              + expected.setScale(2, RoundingMode.HALF_UP)
              + ") in transaction set "
              + remittance.envelope().transactionSetControlNumber());
    }
  }

  private static LocalDate decidedOn(Remittance835 remittance) {
    if (remittance.paymentDate() != null) {
      return remittance.paymentDate();
    }
    return remittance.productionDate() != null ? remittance.productionDate() : LocalDate.now();
  }

  /**
   * Records the claim's posting under its payment's trace number (TRN02) and CLP01; false when the
   * same payment already posted this claim from another file (the same 835 under a new envelope).
   */
  private boolean firstPostingOfPayment(
      long fileId, Remittance835 remittance, Remittance835.Claim paid) {
    if (remittance.traceNumber() == null || remittance.traceNumber().isBlank()) {
      return true;
    }
    return jdbc.sql(
                """
            insert into remittance_claim_posting (sender_id, trace_number, patient_control_number,
                                                  claim_status_code, remittance_file_id)
            values (?, ?, ?, ?, ?)
            on conflict do nothing
            """)
            .params(
                remittance.envelope().senderId(),
                remittance.traceNumber().strip(),
                paid.patientControlNumber().strip(),
                paid.statusCode(),
                fileId)
            .update()
        == 1;
  }

  private boolean post(long fileId, Claim claim, Remittance835.Claim paid, LocalDate decidedOn) {
    List<ClaimLine> lines = claimLines(claim);
    List<String> remarks = new ArrayList<>();
    int inserted = 0;
    if (paid.serviceLines().isEmpty()) {
      inserted += payment(fileId, claim.getId(), null, paid, paid.totalCharge(), paid.amountPaid());
    }
    for (Remittance835.ServiceLine line : paid.serviceLines()) {
      Long lineId = lineId(lines, line.lineControlNumber());
      inserted += payment(fileId, claim.getId(), lineId, paid, line.charge(), line.paid());
      for (Remittance835.Adjustment adjustment : line.adjustments()) {
        inserted += adjustment(fileId, claim.getId(), lineId, paid, adjustment, line.remarkCodes());
      }
      remarks.addAll(line.remarkCodes());
    }
    for (Remittance835.Adjustment adjustment : paid.adjustments()) {
      inserted += adjustment(fileId, claim.getId(), null, paid, adjustment, List.of());
    }
    if (inserted == 0) {
      return false;
    }
    List<Remittance835.Adjustment> adjustments =
        Stream.concat(
                paid.adjustments().stream(),
                paid.serviceLines().stream().flatMap(l -> l.adjustments().stream()))
            .toList();
    BigDecimal patientShare =
        adjustments.stream()
            .filter(a -> "PR".equals(a.groupCode()))
            .map(Remittance835.Adjustment::amount)
            .reduce(ZERO, BigDecimal::add);
    RemittanceOutcome outcome = outcome(claim, lines, paid, adjustments, patientShare);
    ClaimStatus status =
        switch (outcome) {
          case PAID -> ClaimStatus.PAID;
          case UNDERPAID -> ClaimStatus.PARTIALLY_PAID;
          case DENIED -> ClaimStatus.DENIED;
          case PATIENT_BALANCE -> ClaimStatus.PATIENT_BALANCE;
          case REVERSED -> ClaimStatus.ACCEPTED;
        };
    BigDecimal balance =
        outcome == RemittanceOutcome.REVERSED || patientShare.signum() == 0 ? null : patientShare;
    lifecycle.recordRemittanceOutcome(
        claim.getId(), status, balance, paid.payerClaimControlNumber());
    if (outcome == RemittanceOutcome.DENIED) {
      Remittance835.Adjustment denial =
          adjustments.stream().filter(InboundPosting::isDenial).findFirst().orElse(null);
      events.publishEvent(
          new ClaimDenied(
              claim.getId(),
              denial == null ? "CO" : denial.groupCode(),
              denial == null ? null : denial.reasonCode(),
              remarks.stream().distinct().toList(),
              paid.totalCharge().subtract(paid.amountPaid()),
              decidedOn));
    }
    events.publishEvent(new RemittancePosted(claim.getId(), outcome, paid.amountPaid(), balance));
    return true;
  }

  /**
   * Reversal first (the payer takes money back), then denial (CLP02 4, or nothing paid with a
   * CO/OA/PI reason other than the contractual CO-45), then underpayment (allowed, that is paid
   * plus patient share, below the contracted amount of the fee schedule in force on the date of
   * service), then patient balance, else paid.
   */
  private RemittanceOutcome outcome(
      Claim claim,
      List<ClaimLine> lines,
      Remittance835.Claim paid,
      List<Remittance835.Adjustment> adjustments,
      BigDecimal patientShare) {
    if (paid.isReversal()) {
      return RemittanceOutcome.REVERSED;
    }
    if (paid.isDenied()
        || (paid.amountPaid().signum() == 0
            && adjustments.stream().anyMatch(InboundPosting::isDenial))) {
      return RemittanceOutcome.DENIED;
    }
    Optional<BigDecimal> contracted = contracted(claim, lines);
    if (contracted.isPresent()
        && paid.amountPaid().add(patientShare).compareTo(contracted.get()) < 0) {
      return RemittanceOutcome.UNDERPAID;
    }
    return patientShare.signum() > 0 ? RemittanceOutcome.PATIENT_BALANCE : RemittanceOutcome.PAID;
  }

  private static boolean isDenial(Remittance835.Adjustment adjustment) {
    return Stream.of("CO", "OA", "PI").anyMatch(adjustment.groupCode()::equals)
        && !"45".equals(adjustment.reasonCode())
        && adjustment.amount().signum() > 0;
  }

  /** The contract's amount for the claim's lines, when the fee schedule prices every line. */
  private Optional<BigDecimal> contracted(Claim claim, List<ClaimLine> lines) {
    Optional<FeeSchedule> schedule =
        feeSchedules.findByPayerIdOrderByEffectiveFromDesc(claim.getPayerId()).stream()
            .filter(f -> f.inForceOn(claim.getDateOfService()))
            .findFirst();
    if (schedule.isEmpty() || lines.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = ZERO;
    for (ClaimLine line : lines) {
      String modifier = line.getModifiers().isEmpty() ? null : line.getModifiers().get(0);
      Optional<BigDecimal> amount =
          schedule
              .get()
              .entryFor(line.getProcedureCode(), modifier)
              .map(e -> e.getContractedAmount().multiply(BigDecimal.valueOf(line.getUnits())));
      if (amount.isEmpty()) {
        return Optional.empty();
      }
      total = total.add(amount.get());
    }
    return Optional.of(total.setScale(2, RoundingMode.HALF_UP));
  }

  private int payment(
      long fileId,
      long claimId,
      Long lineId,
      Remittance835.Claim paid,
      BigDecimal charge,
      BigDecimal amount) {
    return jdbc.sql(
            """
            insert into payment (id, remittance_file_id, claim_id, claim_line_id, claim_status_code,
                                 payer_claim_number, charge, amount)
            values (nextval('payment_seq'), ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """)
        .params(
            fileId,
            claimId,
            lineId,
            paid.statusCode(),
            paid.payerClaimControlNumber(),
            charge,
            amount)
        .update();
  }

  private int adjustment(
      long fileId,
      long claimId,
      Long lineId,
      Remittance835.Claim paid,
      Remittance835.Adjustment adjustment,
      List<String> remarks) {
    return jdbc.sql(
            """
            insert into adjustment (id, remittance_file_id, claim_id, claim_line_id,
                                    claim_status_code, group_code, reason_code, amount,
                                    remark_codes)
            values (nextval('adjustment_seq'), ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict do nothing
            """)
        .params(
            fileId,
            claimId,
            lineId,
            paid.statusCode(),
            adjustment.groupCode(),
            adjustment.reasonCode(),
            adjustment.amount(),
            toJson(remarks))
        .update();
  }

  // ---- files ----

  private Optional<Long> record(X12Kind kind, String sender, String controlNumber, String hash) {
    return jdbc.sql(
            """
            insert into remittance_file (id, kind, sender_id, interchange_control_number,
                                         content_sha256, summary)
            values (nextval('remittance_file_seq'), ?, ?, ?, ?, '{}'::jsonb)
            on conflict do nothing
            returning id
            """)
        .params(kind.name(), sender, controlNumber, hash)
        .query(Long.class)
        .optional();
  }

  private InboundSummary earlier(String sender, String controlNumber, String hash) {
    String summary =
        jdbc.sql(
                """
                select summary::text from remittance_file
                where content_sha256 = ? or (sender_id = ? and interchange_control_number = ?)
                order by id limit 1
                """)
            .params(hash, sender, controlNumber)
            .query(String.class)
            .single();
    try {
      return json.readValue(summary, InboundSummary.class).asDuplicate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored summary of an inbound file cannot be read", e);
    }
  }

  private Optional<Claim> claimOf(String patientControlNumber) {
    if (patientControlNumber == null || !patientControlNumber.strip().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return claims.findById(Long.parseLong(patientControlNumber.strip()));
  }

  private static List<ClaimLine> claimLines(Claim claim) {
    return claim.getLines();
  }

  private static Long lineId(List<ClaimLine> lines, String lineControlNumber) {
    if (lineControlNumber == null) {
      return null;
    }
    return lines.stream()
        .map(ClaimLine::getId)
        .filter(id -> String.valueOf(id).equals(lineControlNumber.strip()))
        .findFirst()
        .orElse(null);
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(byte[] content) {
    return new String(content, StandardCharsets.UTF_8);
  }
}
