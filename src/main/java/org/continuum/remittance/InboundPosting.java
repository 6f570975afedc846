package org.continuum.remittance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.continuum.claim.Claim;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.ClaimLine;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.edi.Acknowledgment999;
import org.continuum.edi.ClaimStatus277CA;
import org.continuum.edi.Remittance835;
import org.continuum.edi.RemittanceHandler;
import org.continuum.edi.X12Detection;
import org.continuum.edi.X12Detector;
import org.continuum.edi.X12FormatException;
import org.continuum.edi.X12Kind;
import org.continuum.edi.X12Reader;
import org.continuum.payer.FeeSchedule;
import org.continuum.payer.FeeScheduleRepository;
import org.continuum.submission.ClaimBatches;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts one inbound X12 file, whatever its kind, in one transaction. The file is read whole first:
 * a malformed file throws {@link X12FormatException} and nothing is posted. Then the file is
 * recorded; a file recorded before (same sender and ISA13, or the same bytes) is answered with its
 * earlier summary marked duplicate and posts nothing. Payments and adjustments carry a unique key
 * of file, claim and line, the last guard against posting twice.
 */
@Service
public class InboundPosting {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  private static final int MAX_WARNINGS = 200;
  private static final int FLUSH_EVERY = 200;

  private final X12Detector detector;
  private final X12Reader reader;
  private final ClaimRepository claims;
  private final ClaimLifecycle lifecycle;
  private final ClaimBatches batches;
  private final FeeScheduleRepository feeSchedules;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate batchWriter;
  private final EntityManager entities;

  InboundPosting(
      X12Detector detector,
      X12Reader reader,
      ClaimRepository claims,
      ClaimLifecycle lifecycle,
      ClaimBatches batches,
      FeeScheduleRepository feeSchedules,
      JdbcClient jdbc,
      ObjectMapper json,
      ApplicationEventPublisher events,
      JdbcTemplate batchWriter,
      EntityManager entities) {
    this.detector = detector;
    this.reader = reader;
    this.claims = claims;
    this.lifecycle = lifecycle;
    this.batches = batches;
    this.feeSchedules = feeSchedules;
    this.jdbc = jdbc;
    this.json = json;
    this.events = events;
    this.batchWriter = batchWriter;
    this.entities = entities;
  }

  /** What the posting of one file found, as it goes. */
  private static final class Tally {
    int matched;
    int posted;
    int warningsLeftOut;
    BigDecimal providerAdjustments = ZERO;
    final List<String> unmatched = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> quarantined = new ArrayList<>();

    void warn(String warning) {
      if (warnings.size() < MAX_WARNINGS) {
        warnings.add(warning);
      } else if (warningsLeftOut++ == 0) {
        warnings.add("further warnings left out");
      }
    }
  }

  @Transactional
  public InboundSummary post(byte[] x12) {
    X12Detection detection = detector.detect(x12);
    List<RemittanceScan> remittances = List.of();
    List<Acknowledgment999> acknowledgments = List.of();
    List<ClaimStatus277CA> claimAcknowledgments = List.of();
    String sender;
    switch (detection.kind()) {
      case REMITTANCE_835 -> {
        // the whole file is read and checked once before anything is posted
        remittances = scan(x12);
        sender = remittances.get(0).remittance().envelope().senderId();
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
    String hash = sha256(x12);
    Optional<Long> fileId = record(detection.kind(), sender, controlNumber, hash);
    if (fileId.isEmpty()) {
      return earlier(sender, controlNumber, hash);
    }
    Tally tally = new Tally();
    boolean everyPaymentSeenBefore = false;
    if (!remittances.isEmpty()) {
      everyPaymentSeenBefore = postRemittances(fileId.get(), x12, remittances, tally);
    }
    acknowledgments.forEach(a -> post(a, tally));
    claimAcknowledgments.forEach(a -> post(a, tally));
    InboundSummary summary =
        new InboundSummary(
            detection.kind().name(),
            controlNumber,
            tally.matched,
            tally.posted,
            everyPaymentSeenBefore,
            tally.unmatched,
            tally.warnings,
            tally.quarantined,
            tally.providerAdjustments);
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

  /** One 835 transaction set as the first, checking reading saw it. */
  private record RemittanceScan(
      Remittance835 remittance, String contentSha256, BigDecimal claimsPaid) {}

  /** Reads the whole file once, posting nothing: a fault anywhere refuses the file. */
  private List<RemittanceScan> scan(byte[] x12) {
    List<RemittanceScan> scans = new ArrayList<>();
    reader.streamRemittances(
        x12,
        new RemittanceHandler() {
          private BigDecimal paid = ZERO;

          @Override
          public void begin(Remittance835 header) {
            paid = ZERO;
          }

          @Override
          public void claim(Remittance835.Claim claim) {
            paid = paid.add(claim.amountPaid());
          }

          @Override
          public void end(Remittance835 remittance, String contentSha256) {
            scans.add(new RemittanceScan(remittance, contentSha256, paid));
          }
        });
    return scans;
  }

  /**
   * Decides per payment (payer + TRN02) whether it is new, seen before with the same content (posts
   * nothing), or seen before with other content (quarantined for a biller), then streams the file
   * again and posts the new payments claim by claim.
   *
   * @return whether every payment of the file had been posted before
   */
  private boolean postRemittances(
      long fileId, byte[] x12, List<RemittanceScan> scans, Tally tally) {
    List<Long> paymentIds = new ArrayList<>();
    int seenBefore = 0;
    for (RemittanceScan scan : scans) {
      Remittance835 remittance = scan.remittance();
      String payerKey = payerKey(remittance);
      String trace = traceOf(remittance);
      Optional<Long> paymentId =
          jdbc.sql(
                  """
                  insert into remittance_payment (id, remittance_file_id, payer_key, trace_number,
                                                  content_sha256, total_paid, status)
                  values (nextval('remittance_payment_seq'), ?, ?, ?, ?, ?, 'POSTED')
                  on conflict (payer_key, trace_number) where status = 'POSTED' do nothing
                  returning id
                  """)
              .params(fileId, payerKey, trace, scan.contentSha256(), remittance.totalPaid())
              .query(Long.class)
              .optional();
      paymentIds.add(paymentId.orElse(null));
      if (paymentId.isPresent()) {
        continue;
      }
      String earlier =
          jdbc.sql(
                  """
                  select content_sha256 from remittance_payment
                  where payer_key = ? and trace_number = ? and status = 'POSTED'
                  """)
              .params(payerKey, trace)
              .query(String.class)
              .single();
      if (earlier.equals(scan.contentSha256())) {
        seenBefore++;
        tally.warn("payment TRN02 " + trace + " was posted before; it was not posted again");
        continue;
      }
      long quarantined =
          jdbc.sql(
                  """
                  insert into remittance_payment (id, remittance_file_id, payer_key, trace_number,
                                                  content_sha256, total_paid, status,
                                                  quarantined_x12)
                  values (nextval('remittance_payment_seq'), ?, ?, ?, ?, ?, 'QUARANTINED', ?)
                  returning id
                  """)
              .params(
                  fileId, payerKey, trace, scan.contentSha256(), remittance.totalPaid(), text(x12))
              .query(Long.class)
              .single();
      tally.quarantined.add(trace);
      tally.warn(
          "payment TRN02 "
              + trace
              + " was posted before with other content; quarantined for review, nothing posted");
      events.publishEvent(
          new RemittanceQuarantined(quarantined, payerKey, trace, remittance.totalPaid()));
    }
    if (paymentIds.stream().anyMatch(Objects::nonNull)) {
      Posting posting = new Posting(paymentIds, scans, tally);
      reader.streamRemittances(x12, posting);
      posting.flush();
    }
    return seenBefore == scans.size();
  }

  /** The payer as TRN03 names it (the payer's own id), else its N1 id, else the ISA sender. */
  private static String payerKey(Remittance835 remittance) {
    if (remittance.payer() != null && remittance.payer().id() != null) {
      return remittance.payer().id();
    }
    return remittance.envelope().senderId();
  }

  private static String traceOf(Remittance835 remittance) {
    return remittance.traceNumber() == null || remittance.traceNumber().isBlank()
        ? "ISA"
            + remittance.envelope().interchangeControlNumber()
            + "-ST"
            + remittance.envelope().transactionSetControlNumber()
        : remittance.traceNumber();
  }

  /**
   * The second reading: posts each claim as it streams past, writing payments and adjustments in
   * JDBC batches and clearing the persistence context every {@link #FLUSH_EVERY} claims, so that
   * memory stays bounded whatever the file's size.
   */
  private final class Posting implements RemittanceHandler {
    private final List<Long> paymentIds;
    private final List<RemittanceScan> scans;
    private final Tally tally;
    private final Map<Long, List<FeeSchedule>> schedules = new HashMap<>();
    private final List<Object[]> payments = new ArrayList<>();
    private final List<Object[]> adjustments = new ArrayList<>();
    private int index = -1;
    private Long paymentId;
    private int claimOrdinal;
    private int postingOrdinal;
    private final List<Remittance835.Claim> pending = new ArrayList<>();

    Posting(List<Long> paymentIds, List<RemittanceScan> scans, Tally tally) {
      this.paymentIds = paymentIds;
      this.scans = scans;
      this.tally = tally;
    }

    @Override
    public void begin(Remittance835 header) {
      index++;
      paymentId = paymentIds.get(index);
      claimOrdinal = 0;
    }

    @Override
    public void claim(Remittance835.Claim paid) {
      claimOrdinal++;
      if (paymentId == null) {
        return;
      }
      pending.add(paid);
      if (pending.size() >= FLUSH_EVERY) {
        postPending();
      }
    }

    /**
     * Posts the claims held back, their claims and lines loaded in a few queries, then writes the
     * rows and empties the persistence context.
     */
    private void postPending() {
      if (pending.isEmpty()) {
        return;
      }
      Remittance835 remittance = scans.get(index).remittance();
      List<Long> ids =
          pending.stream()
              .map(p -> claimIdOf(p.patientControlNumber()))
              .filter(Objects::nonNull)
              .toList();
      Map<Long, Claim> found = new HashMap<>();
      claims.findAllById(ids).forEach(c -> found.put(c.getId(), c));
      int ordinal = claimOrdinal - pending.size();
      for (Remittance835.Claim paid : pending) {
        ordinal++;
        checkBalance(paid, traceOf(remittance), tally);
        Long id = claimIdOf(paid.patientControlNumber());
        Claim claim = id == null ? null : found.get(id);
        if (claim == null) {
          unmatched(paymentId, ordinal, remittance, paid, tally);
          continue;
        }
        tally.matched++;
        postingOrdinal = ordinal;
        tally.posted += post(claim, paid) ? 1 : 0;
      }
      pending.clear();
      flush();
      entities.flush();
      entities.clear();
    }

    @Override
    public void end(Remittance835 remittance, String contentSha256) {
      if (paymentId == null) {
        return;
      }
      postPending();
      BigDecimal providerAdjustments = ZERO;
      for (Remittance835.ProviderAdjustment adjustment : remittance.providerAdjustments()) {
        jdbc.sql(
                """
                insert into provider_adjustment (id, remittance_payment_id, provider_id,
                                                 fiscal_period_date, reason_code, reference, amount)
                values (nextval('provider_adjustment_seq'), ?, ?, ?, ?, ?, ?)
                """)
            .params(
                paymentId,
                adjustment.providerId(),
                adjustment.fiscalPeriodDate(),
                adjustment.reasonCode(),
                adjustment.reference(),
                adjustment.amount())
            .update();
        providerAdjustments = providerAdjustments.add(adjustment.amount());
      }
      tally.providerAdjustments = tally.providerAdjustments.add(providerAdjustments);
      BigDecimal expected = scans.get(index).claimsPaid().subtract(providerAdjustments);
      if (expected.compareTo(remittance.totalPaid()) != 0) {
        tally.warn(
            "BPR02 total paid "
                + remittance.totalPaid()
                + " does not equal the CLP04 amounts less PLB adjustments ("
                + expected.setScale(2, RoundingMode.HALF_UP)
                + ") of payment TRN02 "
                + traceOf(remittance));
      }
    }

    private boolean post(Claim claim, Remittance835.Claim paid) {
      List<ClaimLine> lines = claim.getLines();
      long claimId = claim.getId();
      if (paid.serviceLines().isEmpty()) {
        payment(claimId, null, 0, paid, paid.totalCharge(), paid.amountPaid());
      }
      Set<Long> matchedLines = new HashSet<>();
      ClaimDenied lineDenial = null;
      int serviceOrdinal = 0;
      for (Remittance835.ServiceLine line : paid.serviceLines()) {
        serviceOrdinal++;
        Long lineId = matchLine(lines, line, claim.getDateOfService(), matchedLines);
        if (lineId == null) {
          tally.warn(
              "claim " + claimId + ": service line " + serviceOrdinal + " matches no claim line");
        } else {
          matchedLines.add(lineId);
        }
        if (lineDenial == null) {
          lineDenial = lineDenial(claimId, lines, lineId, serviceOrdinal, line);
        }
        payment(claimId, lineId, serviceOrdinal, paid, line.charge(), line.paid());
        int adjustmentOrdinal = 0;
        for (Remittance835.Adjustment adjustment : line.adjustments()) {
          adjustment(
              claimId,
              lineId,
              serviceOrdinal,
              ++adjustmentOrdinal,
              paid,
              adjustment,
              line.remarkCodes());
        }
      }
      int adjustmentOrdinal = 0;
      for (Remittance835.Adjustment adjustment : paid.adjustments()) {
        adjustment(claimId, null, 0, ++adjustmentOrdinal, paid, adjustment, List.of());
      }
      if (!changesStatus(paid)) {
        tally.warn(
            "claim "
                + claimId
                + ": CLP02 "
                + paid.statusCode()
                + " (forwarded or predetermination) was recorded without changing the claim");
        return true;
      }
      if (claim.getStatus() == ClaimStatus.VOIDED) {
        // the practice voided it: the money is on the books, the claim stays voided, a person acts
        tally.warn(
            "claim "
                + claimId
                + " is VOIDED: CLP02 "
                + paid.statusCode()
                + " was recorded without changing the claim; refund or reverse what it paid");
        return true;
      }
      List<Remittance835.Adjustment> all =
          Stream.concat(
                  paid.adjustments().stream(),
                  paid.serviceLines().stream().flatMap(l -> l.adjustments().stream()))
              .toList();
      BigDecimal patientShare =
          all.stream()
              .filter(a -> "PR".equals(a.groupCode()))
              .map(Remittance835.Adjustment::amount)
              .reduce(ZERO, BigDecimal::add);
      RemittanceOutcome outcome = outcome(claim, lines, paid, all, patientShare, schedules);
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
      lifecycle.recordRemittanceOutcome(claimId, status, balance, paid.payerClaimControlNumber());
      if (outcome == RemittanceOutcome.DENIED) {
        Remittance835.Adjustment denial =
            all.stream().filter(InboundPosting::isDenial).findFirst().orElse(null);
        events.publishEvent(
            new ClaimDenied(
                claimId,
                denial == null ? "CO" : denial.groupCode(),
                denial == null ? "" : denial.reasonCode(),
                paid.serviceLines().stream().flatMap(l -> l.remarkCodes().stream()).toList(),
                denial == null ? paid.totalCharge() : denial.amount(),
                decidedOn(scans.get(index).remittance())));
      } else if (outcome != RemittanceOutcome.REVERSED && lineDenial != null) {
        // the paid lines decide the claim's outcome; the denied line is worked on its own
        events.publishEvent(lineDenial);
      }
      events.publishEvent(
          new RemittancePosted(
              claimId,
              outcome,
              paid.amountPaid(),
              balance,
              decidedOn(scans.get(index).remittance())));
      return true;
    }

    /**
     * A service line the payer paid nothing on, with a denying CO/OA/PI adjustment: its first
     * denying code, its RARCs and the sum of its denying amounts; null for a line that was paid.
     */
    private ClaimDenied lineDenial(
        long claimId,
        List<ClaimLine> lines,
        Long lineId,
        int serviceOrdinal,
        Remittance835.ServiceLine line) {
      List<Remittance835.Adjustment> denials =
          line.adjustments().stream().filter(InboundPosting::isDenial).toList();
      if (line.paid().signum() != 0 || denials.isEmpty()) {
        return null;
      }
      ClaimLine ours =
          lines.stream().filter(l -> l.getId().equals(lineId)).findFirst().orElse(null);
      String deniedLine =
          ours == null
              ? "835 service line " + serviceOrdinal + ": " + line.procedureCode()
              : "line "
                  + ours.getLineNumber()
                  + ": "
                  + ours.getProcedureCode()
                  + (ours.getModifiers().isEmpty()
                      ? ""
                      : " " + String.join(" ", ours.getModifiers()));
      return new ClaimDenied(
          claimId,
          denials.get(0).groupCode(),
          denials.get(0).reasonCode(),
          line.remarkCodes(),
          sum(denials),
          decidedOn(scans.get(index).remittance()),
          lineId,
          deniedLine + ", charge " + line.charge().setScale(2, RoundingMode.HALF_UP));
    }

    private void payment(
        long claimId,
        Long lineId,
        int serviceOrdinal,
        Remittance835.Claim paid,
        BigDecimal charge,
        BigDecimal amount) {
      payments.add(
          new Object[] {
            paymentId,
            postingOrdinal,
            serviceOrdinal,
            claimId,
            lineId,
            paid.statusCode(),
            paid.payerClaimControlNumber(),
            charge,
            amount
          });
    }

    private void adjustment(
        long claimId,
        Long lineId,
        int serviceOrdinal,
        int adjustmentOrdinal,
        Remittance835.Claim paid,
        Remittance835.Adjustment adjustment,
        List<String> remarks) {
      adjustments.add(
          new Object[] {
            paymentId,
            postingOrdinal,
            serviceOrdinal,
            adjustmentOrdinal,
            claimId,
            lineId,
            paid.statusCode(),
            adjustment.groupCode(),
            adjustment.reasonCode(),
            adjustment.amount(),
            toJson(remarks)
          });
    }

    /**
     * Writes the rows held back, one statement per table: the posting-totals trigger (V115, V150)
     * runs once per statement, and a JDBC batch of {@code insert … select} statements (which the
     * driver cannot fold into one) ran it once per row, which held 835 posting to a hundred claims
     * a second.
     */
    void flush() {
      if (!payments.isEmpty()) {
        batchWriter.update(
            """
            insert into payment (id, remittance_payment_id, claim_ordinal, service_ordinal,
                                 remittance_file_id, claim_id, claim_line_id, claim_status_code,
                                 payer_claim_number, charge, amount)
            select nextval('payment_seq'), r.payment_id, r.claim_ordinal, r.service_ordinal,
                   p.remittance_file_id, r.claim_id, r.line_id, r.status, r.number, r.charge,
                   r.amount
            from unnest(?::bigint[], ?::int[], ?::int[], ?::bigint[], ?::bigint[], ?::varchar[],
                        ?::varchar[], ?::numeric[], ?::numeric[])
                 with ordinality as r(payment_id, claim_ordinal, service_ordinal, claim_id,
                                      line_id, status, number, charge, amount, ord)
            join remittance_payment p on p.id = r.payment_id
            order by r.ord
            """,
            ps ->
                setColumns(
                    ps, payments, "bigint", "integer", "integer", "bigint", "bigint", "varchar",
                    "varchar", "numeric", "numeric"));
        payments.clear();
      }
      if (!adjustments.isEmpty()) {
        batchWriter.update(
            """
            insert into adjustment (id, remittance_payment_id, claim_ordinal, service_ordinal,
                                    adjustment_ordinal, remittance_file_id, claim_id,
                                    claim_line_id, claim_status_code, group_code, reason_code,
                                    amount, remark_codes)
            select nextval('adjustment_seq'), r.payment_id, r.claim_ordinal, r.service_ordinal,
                   r.adjustment_ordinal, p.remittance_file_id, r.claim_id, r.line_id, r.status,
                   r.group_code, r.reason_code, r.amount, cast(r.remarks as jsonb)
            from unnest(?::bigint[], ?::int[], ?::int[], ?::int[], ?::bigint[], ?::bigint[],
                        ?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[], ?::text[])
                 with ordinality as r(payment_id, claim_ordinal, service_ordinal,
                                      adjustment_ordinal, claim_id, line_id, status, group_code,
                                      reason_code, amount, remarks, ord)
            join remittance_payment p on p.id = r.payment_id
            order by r.ord
            """,
            ps ->
                setColumns(
                    ps,
                    adjustments,
                    "bigint",
                    "integer",
                    "integer",
                    "integer",
                    "bigint",
                    "bigint",
                    "varchar",
                    "varchar",
                    "varchar",
                    "numeric",
                    "text"));
        adjustments.clear();
      }
    }

    /** Binds each column of the rows as one array parameter of the given SQL type. */
    private static void setColumns(
        PreparedStatement statement, List<Object[]> rows, String... types) throws SQLException {
      for (int column = 0; column < types.length; column++) {
        Object[] values = new Object[rows.size()];
        for (int row = 0; row < rows.size(); row++) {
          values[row] = rows.get(row)[column];
        }
        statement.setArray(
            column + 1, statement.getConnection().createArrayOf(types[column], values));
      }
    }
  }

  /** The remittance's date (BPR16, else DTM*405): appeal windows run from it. */
  private static LocalDate decidedOn(Remittance835 remittance) {
    if (remittance.paymentDate() != null) {
      return remittance.paymentDate();
    }
    return remittance.productionDate() != null ? remittance.productionDate() : LocalDate.now();
  }

  /** CLP02 23 (forwarded, not ours to pay) and 25 (predetermination) leave the claim as it is. */
  private static boolean changesStatus(Remittance835.Claim paid) {
    return !"23".equals(paid.statusCode()) && !"25".equals(paid.statusCode());
  }

  /** Line: SVC02 − Σ line CAS = SVC03; claim: CLP03 − Σ claim and line CAS = CLP04. */
  private static void checkBalance(Remittance835.Claim paid, String trace, Tally tally) {
    BigDecimal lineAdjustments = ZERO;
    int ordinal = 0;
    for (Remittance835.ServiceLine line : paid.serviceLines()) {
      ordinal++;
      BigDecimal adjusted = sum(line.adjustments());
      lineAdjustments = lineAdjustments.add(adjusted);
      if (line.charge().subtract(adjusted).compareTo(line.paid()) != 0) {
        tally.warn(
            "CLP01 "
                + paid.patientControlNumber()
                + " service line "
                + ordinal
                + " of payment TRN02 "
                + trace
                + ": SVC02 less its CAS amounts does not equal SVC03");
      }
    }
    BigDecimal expected =
        paid.totalCharge().subtract(sum(paid.adjustments())).subtract(lineAdjustments);
    if (expected.compareTo(paid.amountPaid()) != 0) {
      tally.warn(
          "CLP01 "
              + paid.patientControlNumber()
              + " of payment TRN02 "
              + trace
              + ": CLP03 less its CAS amounts ("
              + expected.setScale(2, RoundingMode.HALF_UP)
              + ") does not equal CLP04 "
              + paid.amountPaid());
    }
  }

  private static BigDecimal sum(List<Remittance835.Adjustment> adjustments) {
    return adjustments.stream().map(Remittance835.Adjustment::amount).reduce(ZERO, BigDecimal::add);
  }

  /** A claim payment whose CLP01 is not ours: kept whole for a biller, announced for a task. */
  private void unmatched(
      long paymentId,
      int claimOrdinal,
      Remittance835 remittance,
      Remittance835.Claim paid,
      Tally tally) {
    long id =
        jdbc.sql(
                """
                insert into unmatched_remittance (id, remittance_payment_id, claim_ordinal,
                    patient_control_number, claim_status_code, charge, amount, payer_claim_number,
                    detail)
                values (nextval('unmatched_remittance_seq'), ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                returning id
                """)
            .params(
                paymentId,
                claimOrdinal,
                paid.patientControlNumber(),
                paid.statusCode(),
                paid.totalCharge(),
                paid.amountPaid(),
                paid.payerClaimControlNumber(),
                toJson(paid))
            .query(Long.class)
            .single();
    tally.unmatched.add(paid.patientControlNumber());
    events.publishEvent(
        new RemittanceUnmatched(
            id,
            paid.patientControlNumber(),
            payerKey(remittance),
            traceOf(remittance),
            paid.statusCode(),
            paid.totalCharge(),
            paid.amountPaid()));
  }

  /**
   * The claim line a service line pays: by REF*6R (our line id echoed), else by procedure code,
   * modifiers and date of service, else by code and date when the payer dropped the modifiers. The
   * code is the one we sent (SVC06) when the payer changed it, else SVC01. A line already paid in
   * this claim payment is taken only when no other fits.
   */
  static Long matchLine(
      List<ClaimLine> lines, Remittance835.ServiceLine paid, LocalDate claimDate, Set<Long> taken) {
    if (paid.lineControlNumber() != null) {
      String control = paid.lineControlNumber().strip();
      for (ClaimLine line : lines) {
        if (String.valueOf(line.getId()).equals(control)) {
          return line.getId();
        }
      }
    }
    LocalDate date = paid.serviceDate() == null ? claimDate : paid.serviceDate();
    List<String> codes =
        Stream.of(paid.submittedProcedureCode(), paid.procedureCode())
            .filter(c -> c != null && !c.isBlank())
            .toList();
    Set<String> modifiers = new HashSet<>(paid.modifiers());
    List<java.util.function.Predicate<ClaimLine>> rules =
        List.of(
            l -> new HashSet<>(l.getModifiers()).equals(modifiers),
            l -> paid.modifiers().isEmpty() || l.getModifiers().containsAll(modifiers));
    for (java.util.function.Predicate<ClaimLine> rule : rules) {
      for (boolean allowTaken : new boolean[] {false, true}) {
        for (ClaimLine line : lines) {
          LocalDate lineDate =
              line.getDateOfService() == null ? claimDate : line.getDateOfService();
          if (codes.contains(line.getProcedureCode())
              && (date == null || date.equals(lineDate))
              && (allowTaken || !taken.contains(line.getId()))
              && rule.test(line)) {
            return line.getId();
          }
        }
      }
    }
    return null;
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
      BigDecimal patientShare,
      Map<Long, List<FeeSchedule>> schedules) {
    if (paid.isReversal()) {
      return RemittanceOutcome.REVERSED;
    }
    if (paid.isDenied()
        || (paid.amountPaid().signum() == 0
            && adjustments.stream().anyMatch(InboundPosting::isDenial))) {
      return RemittanceOutcome.DENIED;
    }
    Optional<BigDecimal> contracted = contracted(claim, lines, schedules);
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
  private Optional<BigDecimal> contracted(
      Claim claim, List<ClaimLine> lines, Map<Long, List<FeeSchedule>> schedules) {
    Optional<FeeSchedule> schedule =
        schedules
            .computeIfAbsent(
                claim.getPayerId(), feeSchedules::findByPayerIdOrderByEffectiveFromDesc)
            .stream()
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
    Long id = claimIdOf(patientControlNumber);
    return id == null ? Optional.empty() : claims.findById(id);
  }

  private static Long claimIdOf(String patientControlNumber) {
    if (patientControlNumber == null || !patientControlNumber.strip().matches("\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(patientControlNumber.strip());
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
