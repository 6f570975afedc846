package org.continuum.edi.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.continuum.edi.Remittance835;
import org.continuum.edi.Remittance835.Adjustment;
import org.continuum.edi.Remittance835.Claim;
import org.continuum.edi.Remittance835.Party;
import org.continuum.edi.Remittance835.ProviderAdjustment;
import org.continuum.edi.Remittance835.ServiceLine;
import org.continuum.edi.RemittanceHandler;
import org.continuum.edi.X12Envelope;
import org.continuum.edi.X12FormatException;

/**
 * Walks the segments of one 835 transaction set (005010X221A1, tolerating 4010-era files) and
 * builds its {@link Remittance835} view. Loops are recognised by their leading segment: N1 opens a
 * party, CLP a claim, SVC a service line, PLB closes the detail.
 */
public final class RemittanceParser {

  private static final Set<String> VOCABULARY =
      Set.of(
          "BPR", "TRN", "CUR", "REF", "DTM", "N1", "N2", "N3", "N4", "PER", "RDM", "LX", "TS3",
          "TS2", "CLP", "CAS", "NM1", "MIA", "MOA", "AMT", "QTY", "SVC", "LQ", "PLB");

  private RemittanceParser() {}

  public static Remittance835 parse(TransactionSet transaction) {
    Values.requireKnown(transaction, VOCABULARY);
    List<Claim> claims = new ArrayList<>();
    Remittance835[] done = new Remittance835[1];
    Walk walk =
        new Walk(
            transaction.envelope(),
            transaction.header(),
            new RemittanceHandler() {
              @Override
              public void begin(Remittance835 header) {}

              @Override
              public void claim(Claim claim) {
                claims.add(claim);
              }

              @Override
              public void end(Remittance835 remittance, String contentSha256) {
                done[0] = remittance;
              }
            });
    transaction.body().forEach(walk::accept);
    walk.finish();
    Remittance835 header = done[0];
    return new Remittance835(
        header.envelope(),
        header.transactionHandlingCode(),
        header.totalPaid(),
        header.creditDebit(),
        header.paymentMethod(),
        header.paymentDate(),
        header.traceNumber(),
        header.productionDate(),
        header.payer(),
        header.payee(),
        claims,
        header.providerAdjustments());
  }

  /**
   * A sink for {@link X12Parser#stream} that turns every 835 transaction set into handler calls,
   * one claim at a time, and refuses a transaction set of another kind.
   */
  public static X12Parser.TransactionSink sink(RemittanceHandler handler) {
    return new X12Parser.TransactionSink() {
      private Walk walk;

      @Override
      public void start(String transactionSetId, X12Envelope envelope, Segment header) {
        if (!transactionSetId.equals("835")) {
          throw new X12FormatException(
              "ST",
              header.position(),
              "expected transaction set 835 but found " + transactionSetId);
        }
        walk = new Walk(envelope, header, handler);
      }

      @Override
      public void segment(Segment segment) {
        if (!VOCABULARY.contains(segment.tag())) {
          throw new X12FormatException(
              segment.tag(), segment.position(), "segment is not defined for transaction set 835");
        }
        walk.accept(segment);
      }

      @Override
      public void end(String transactionSetId, X12Envelope envelope, Segment header) {
        walk.finish();
        walk = null;
      }
    };
  }

  private static final class Walk {
    private final X12Envelope envelope;
    private final Segment header;
    private final RemittanceHandler handler;
    private final MessageDigest digest = sha256();
    private boolean begun;
    private Segment bpr;
    private String traceNumber;
    private LocalDate productionDate;
    private Party payer;
    private Party payee;
    private String openParty;
    private final List<ProviderAdjustment> providerAdjustments = new ArrayList<>();
    private ClaimDraft claim;
    private LineDraft line;

    Walk(X12Envelope envelope, Segment header, RemittanceHandler handler) {
      this.envelope = envelope;
      this.header = header;
      this.handler = handler;
    }

    void accept(Segment segment) {
      digest(segment);
      switch (segment.tag()) {
        case "BPR" -> bpr = segment;
        case "TRN" -> {
          if (traceNumber == null) {
            traceNumber = segment.element(2);
          }
        }
        case "DTM" -> date(segment);
        case "N1" -> party(segment);
        case "REF" -> reference(segment);
        case "LX", "TS3", "TS2" -> {
          begin();
          closeClaim();
        }
        case "CLP" -> {
          begin();
          closeClaim();
          claim = new ClaimDraft(segment);
        }
        case "CAS" -> {
          if (line != null) {
            line.adjustments.addAll(adjustments(segment));
          } else if (claim != null) {
            claim.adjustments.addAll(adjustments(segment));
          }
        }
        case "SVC" -> {
          if (claim == null) {
            throw Values.fault(segment, 1, "service line outside a claim (CLP)");
          }
          closeLine();
          line = new LineDraft(segment);
        }
        case "AMT" -> {
          if (line != null && segment.element(1).equals("B6")) {
            line.allowed = Values.moneyOrNull(segment, 2);
          }
        }
        case "LQ" -> {
          if (line != null && segment.element(1).equals("HE")) {
            line.remarkCodes.add(segment.element(2));
          }
        }
        case "PLB" -> {
          begin();
          closeClaim();
          providerAdjustments(segment);
        }
        default -> {}
      }
    }

    void finish() {
      begin();
      closeClaim();
      handler.end(remittance(providerAdjustments), HexFormat.of().formatHex(digest.digest()));
    }

    /** The header is complete once the first claim (or the end) comes: hand it over once. */
    private void begin() {
      if (begun) {
        return;
      }
      begun = true;
      if (bpr == null) {
        throw new X12FormatException(
            "ST", header.position(), "835 transaction set has no financial information (BPR)");
      }
      handler.begin(remittance(List.of()));
    }

    private Remittance835 remittance(List<ProviderAdjustment> adjustments) {
      return new Remittance835(
          envelope,
          bpr.element(1),
          Values.money(bpr, 2),
          bpr.element(3),
          bpr.element(4),
          Values.dateOrNull(bpr, 16),
          traceNumber,
          productionDate,
          payer,
          payee,
          List.of(),
          adjustments);
    }

    /** The transaction set's content, its envelope control numbers left out. */
    private void digest(Segment segment) {
      StringBuilder text = new StringBuilder(segment.tag());
      for (List<String> element : segment.elements()) {
        text.append('*').append(String.join(":", element));
      }
      digest.update(text.append('~').toString().getBytes(StandardCharsets.UTF_8));
    }

    private void date(Segment segment) {
      String qualifier = segment.element(1);
      if (line != null && (qualifier.equals("472") || qualifier.equals("150"))) {
        if (line.serviceDate == null || qualifier.equals("472")) {
          line.serviceDate = Values.dateOrNull(segment, 2);
        }
      } else if (claim == null && qualifier.equals("405")) {
        productionDate = Values.dateOrNull(segment, 2);
      }
    }

    private void party(Segment segment) {
      openParty = segment.element(1);
      Party party =
          new Party(
              segment.element(2), blankToNull(segment.element(3)), blankToNull(segment.element(4)));
      if (openParty.equals("PR")) {
        payer = party;
      } else if (openParty.equals("PE")) {
        payee = party;
      }
    }

    private void reference(Segment segment) {
      String qualifier = segment.element(1);
      if (line != null) {
        if (qualifier.equals("6R") || (qualifier.equals("6B") && line.controlNumber == null)) {
          line.controlNumber = segment.element(2);
        }
      } else if (claim == null
          && "PR".equals(openParty)
          && qualifier.equals("2U")
          && payer != null
          && payer.id() == null) {
        payer = new Party(payer.name(), "2U", segment.element(2));
      }
    }

    private void providerAdjustments(Segment segment) {
      String providerId = segment.element(1);
      LocalDate fiscalPeriod = Values.dateOrNull(segment, 2);
      for (int element = 3; element + 1 <= segment.elements().size(); element += 2) {
        if (!segment.has(element)) {
          continue;
        }
        providerAdjustments.add(
            new ProviderAdjustment(
                providerId,
                fiscalPeriod,
                segment.component(element, 1),
                blankToNull(segment.component(element, 2)),
                Values.money(segment, element + 1)));
      }
    }

    private void closeLine() {
      if (line != null) {
        claim.lines.add(line.build());
        line = null;
      }
    }

    private void closeClaim() {
      if (claim != null) {
        closeLine();
        handler.claim(claim.build());
        claim = null;
      }
    }
  }

  static List<Adjustment> adjustments(Segment segment) {
    String group = segment.element(1);
    List<Adjustment> adjustments = new ArrayList<>();
    for (int element = 2; element <= 17; element += 3) {
      if (!segment.has(element)) {
        continue;
      }
      adjustments.add(
          new Adjustment(
              group,
              segment.element(element),
              Values.money(segment, element + 1),
              Values.quantityOrNull(segment, element + 2)));
    }
    return adjustments;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static final class ClaimDraft {
    final Segment clp;
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<ServiceLine> lines = new ArrayList<>();

    ClaimDraft(Segment clp) {
      this.clp = clp;
    }

    Claim build() {
      return new Claim(
          clp.element(1),
          clp.element(2),
          Values.money(clp, 3),
          Values.money(clp, 4),
          Values.money(clp, 5),
          blankToNull(clp.element(7)),
          adjustments,
          lines);
    }
  }

  private static final class LineDraft {
    final Segment svc;
    LocalDate serviceDate;
    String controlNumber;
    BigDecimal allowed;
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<String> remarkCodes = new ArrayList<>();

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
      BigDecimal units = Values.quantityOrNull(svc, 5);
      return new ServiceLine(
          svc.component(1, 1),
          svc.component(1, 2),
          modifiers,
          Values.money(svc, 2),
          Values.money(svc, 3),
          units == null ? BigDecimal.ONE : units,
          blankToNull(svc.component(6, 2)),
          serviceDate,
          controlNumber,
          allowed,
          adjustments,
          remarkCodes);
    }
  }
}
