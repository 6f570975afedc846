package org.continuum.edi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.continuum.edi.ClaimStatus277CA;
import org.continuum.edi.ClaimStatus277CA.Claim;
import org.continuum.edi.ClaimStatus277CA.ServiceLine;
import org.continuum.edi.ClaimStatus277CA.Status;

/**
 * Walks one 277CA transaction set into its {@link ClaimStatus277CA} view. The claim loop (2200D) is
 * the TRN that follows an HL whose level code is PT; every STC, REF and DTP up to the next HL
 * belongs to that claim, and an SVC opens a line within it.
 */
public final class ClaimAcknowledgmentParser {

  private static final Set<String> VOCABULARY =
      Set.of("BHT", "HL", "NM1", "PER", "TRN", "STC", "QTY", "AMT", "REF", "DTP", "SVC");

  private ClaimAcknowledgmentParser() {}

  public static ClaimStatus277CA parse(TransactionSet transaction) {
    Values.requireKnown(transaction, VOCABULARY);
    Segment bht = null;
    List<Status> batchStatuses = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    boolean patientLevel = false;
    ClaimDraft claim = null;
    LineDraft line = null;
    for (Segment segment : transaction.body()) {
      switch (segment.tag()) {
        case "BHT" -> bht = segment;
        case "HL" -> {
          if (claim != null) {
            claims.add(claim.build(line));
            claim = null;
            line = null;
          }
          patientLevel = segment.element(3).equals("PT");
        }
        case "TRN" -> {
          if (patientLevel) {
            if (claim != null) {
              claims.add(claim.build(line));
              line = null;
            }
            claim = new ClaimDraft(segment.element(2));
          }
        }
        case "STC" -> {
          List<Status> statuses = statuses(segment);
          if (line != null) {
            line.statuses.addAll(statuses);
          } else if (claim != null) {
            if (claim.statuses.isEmpty()) {
              claim.totalCharge = Values.moneyOrNull(segment, 4);
            }
            claim.statuses.addAll(statuses);
          } else {
            batchStatuses.addAll(statuses);
          }
        }
        case "REF" -> {
          String qualifier = segment.element(1);
          if (line != null && qualifier.equals("FJ")) {
            line.controlNumber = segment.element(2);
          } else if (claim != null && line == null && qualifier.equals("1K")) {
            claim.payerClaimControlNumber = segment.element(2);
          } else if (claim != null && line == null && qualifier.equals("D9")) {
            claim.clearinghouseTraceNumber = segment.element(2);
          }
        }
        case "DTP" -> {
          if (segment.element(1).equals("472")) {
            LocalDate[] period = period(segment);
            if (line != null) {
              line.serviceDate = period[0];
            } else if (claim != null) {
              claim.from = period[0];
              claim.to = period[1];
            }
          }
        }
        case "SVC" -> {
          if (claim != null) {
            if (line != null) {
              claim.lines.add(line.build());
            }
            line = new LineDraft(segment);
          }
        }
        default -> {}
      }
    }
    if (claim != null) {
      claims.add(claim.build(line));
    }
    return new ClaimStatus277CA(
        transaction.envelope(),
        bht == null ? null : bht.element(3),
        bht == null ? null : Values.dateOrNull(bht, 4),
        batchStatuses,
        claims);
  }

  private static List<Status> statuses(Segment stc) {
    LocalDate effective = Values.dateOrNull(stc, 2);
    String action = stc.element(3).isEmpty() ? null : stc.element(3);
    BigDecimal amount = Values.moneyOrNull(stc, 4);
    List<Status> statuses = new ArrayList<>();
    for (int element : new int[] {1, 10, 11}) {
      if (!stc.has(element)) {
        continue;
      }
      statuses.add(
          new Status(
              stc.component(element, 1),
              blankToNull(stc.component(element, 2)),
              blankToNull(stc.component(element, 3)),
              effective,
              action,
              amount));
    }
    return statuses;
  }

  private static LocalDate[] period(Segment dtp) {
    String text = dtp.element(3);
    if (dtp.element(2).equals("RD8") && text.length() == 17 && text.charAt(8) == '-') {
      return new LocalDate[] {
        Values.dateOrNull(dtp, 3, text.substring(0, 8)),
        Values.dateOrNull(dtp, 3, text.substring(9))
      };
    }
    LocalDate date = Values.dateOrNull(dtp, 3);
    return new LocalDate[] {date, date};
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  private static final class ClaimDraft {
    final String patientControlNumber;
    String payerClaimControlNumber;
    String clearinghouseTraceNumber;
    BigDecimal totalCharge;
    LocalDate from;
    LocalDate to;
    final List<Status> statuses = new ArrayList<>();
    final List<ServiceLine> lines = new ArrayList<>();

    ClaimDraft(String patientControlNumber) {
      this.patientControlNumber = patientControlNumber;
    }

    Claim build(LineDraft openLine) {
      if (openLine != null) {
        lines.add(openLine.build());
      }
      return new Claim(
          patientControlNumber,
          payerClaimControlNumber,
          clearinghouseTraceNumber,
          totalCharge,
          from,
          to,
          statuses,
          lines);
    }
  }

  private static final class LineDraft {
    final Segment svc;
    String controlNumber;
    LocalDate serviceDate;
    final List<Status> statuses = new ArrayList<>();

    LineDraft(Segment svc) {
      this.svc = svc;
    }

    ServiceLine build() {
      List<String> procedure = svc.components(1);
      List<String> modifiers =
          procedure.size() > 2
              ? procedure.subList(2, Math.min(procedure.size(), 6)).stream()
                  .filter(m -> !m.isEmpty())
                  .toList()
              : List.of();
      return new ServiceLine(
          svc.component(1, 2),
          modifiers,
          Values.money(svc, 2),
          controlNumber,
          serviceDate,
          statuses);
    }
  }
}
