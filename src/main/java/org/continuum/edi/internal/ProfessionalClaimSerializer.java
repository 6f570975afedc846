package org.continuum.edi.internal;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.continuum.edi.ClaimBatch837P;
import org.continuum.edi.ClaimBatch837P.Address;
import org.continuum.edi.ClaimBatch837P.Claim;
import org.continuum.edi.ClaimBatch837P.ServiceLine;
import org.continuum.edi.ClaimBatch837P.Subscriber;

/**
 * Writes an 837P interchange through StAEDI's stream writer, in TR3 loop order: one billing
 * provider HL (20), then per claim a subscriber HL (22) and, when the patient is someone else, a
 * patient HL (23) carrying the claim. It counts the segments itself for SE01 and writes one group
 * with one transaction set, so GE01 and IEA01 are 1.
 */
public final class ProfessionalClaimSerializer {

  public static final String IMPLEMENTATION_GUIDE = "005010X222A1";

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  /** StAEDI's X12 00501 envelope schema: the writer checks ISA/GS/ST and trailers as it goes. */
  private static final Schema CONTROL_SCHEMA = controlSchema();

  private final EDIStreamWriter writer;
  private int segmentsInTransaction;

  private ProfessionalClaimSerializer(EDIStreamWriter writer) {
    this.writer = writer;
  }

  /** Checks the batch, then writes it; nothing is written when a check fails. */
  public static void write(ClaimBatch837P batch, OutputStream out) {
    ProfessionalClaimRules.check(batch);
    EDIOutputFactory factory = EDIOutputFactory.newFactory();
    factory.setProperty(Delimiters.SEGMENT, '~');
    factory.setProperty(Delimiters.DATA_ELEMENT, '*');
    factory.setProperty(Delimiters.COMPONENT_ELEMENT, ':');
    factory.setProperty(Delimiters.REPETITION, '^');
    factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
    EDIStreamWriter writer = factory.createEDIStreamWriter(out);
    try {
      writer.setControlSchema(CONTROL_SCHEMA);
      new ProfessionalClaimSerializer(writer).interchange(batch);
      writer.flush();
      writer.close();
    } catch (EDIStreamException e) {
      throw new IllegalStateException("StAEDI could not write the 837P interchange", e);
    }
  }

  private void interchange(ClaimBatch837P batch) throws EDIStreamException {
    var envelope = batch.interchange();
    String isa13 = String.format("%09d", envelope.interchangeControlNumber());
    String gs06 = Integer.toString(envelope.groupControlNumber());
    String st02 = String.format("%04d", envelope.transactionSetControlNumber());
    writer.startInterchange();
    envelopeSegment(
        "ISA",
        "00",
        pad("", 10),
        "00",
        pad("", 10),
        "ZZ",
        pad(envelope.senderId(), 15),
        "ZZ",
        pad(envelope.receiverId(), 15),
        envelope.createdAt().format(YYMMDD),
        envelope.createdAt().format(HHMM),
        "^",
        "00501",
        isa13,
        "0",
        envelope.production() ? "P" : "T",
        ":");
    envelopeSegment(
        "GS",
        "HC",
        envelope.senderId(),
        envelope.receiverId(),
        envelope.createdAt().format(CCYYMMDD),
        envelope.createdAt().format(HHMM),
        gs06,
        "X",
        IMPLEMENTATION_GUIDE);
    segmentsInTransaction = 0;
    segment("ST", "837", st02, IMPLEMENTATION_GUIDE);
    segment(
        "BHT",
        "0019",
        "00",
        st02,
        envelope.createdAt().format(CCYYMMDD),
        envelope.createdAt().format(HHMM),
        "CH");
    var submitter = batch.submitter();
    segment("NM1", "41", "2", submitter.name(), "", "", "", "", "46", submitter.id());
    segment("PER", "IC", submitter.contactName(), "TE", submitter.contactPhone());
    segment("NM1", "40", "2", batch.receiver().name(), "", "", "", "", "46", batch.receiver().id());
    billingProvider(batch.billingProvider());
    int hl = 1;
    for (Claim claim : batch.claims()) {
      hl = claim(claim, hl);
    }
    segment("SE", Integer.toString(segmentsInTransaction + 1), st02);
    envelopeSegment("GE", "1", gs06);
    envelopeSegment("IEA", "1", isa13);
    writer.endInterchange();
  }

  private void billingProvider(ClaimBatch837P.BillingProvider provider) throws EDIStreamException {
    segment("HL", "1", "", "20", "1");
    segment("PRV", "BI", "PXC", provider.taxonomyCode());
    segment("NM1", "85", "2", provider.organisationName(), "", "", "", "", "XX", provider.npi());
    address(provider.address());
    segment("REF", "EI", provider.taxId());
  }

  /** Writes the subscriber, optional patient and claim loops; returns the last HL number used. */
  private int claim(Claim claim, int previousHl) throws EDIStreamException {
    Subscriber subscriber = claim.subscriber();
    boolean subscriberIsPatient = claim.patient() == null;
    int subscriberHl = previousHl + 1;
    segment("HL", Integer.toString(subscriberHl), "1", "22", subscriberIsPatient ? "0" : "1");
    segment(
        "SBR",
        subscriber.payerResponsibility(),
        subscriberIsPatient ? "18" : "",
        orEmpty(subscriber.groupNumber()),
        "",
        "",
        "",
        "",
        "",
        subscriber.claimFilingIndicator());
    person("IL", subscriber.lastName(), subscriber.firstName(), "MI", subscriber.memberId());
    if (subscriber.address() != null) {
      address(subscriber.address());
    }
    if (subscriberIsPatient) {
      demographics(subscriber.dateOfBirth(), subscriber.gender());
    }
    segment(
        "NM1", "PR", "2", subscriber.payer().name(), "", "", "", "", "PI", subscriber.payer().id());
    int lastHl = subscriberHl;
    if (!subscriberIsPatient) {
      var patient = claim.patient();
      lastHl = subscriberHl + 1;
      segment("HL", Integer.toString(lastHl), Integer.toString(subscriberHl), "23", "0");
      segment("PAT", subscriber.patientRelationship());
      person("QC", patient.lastName(), patient.firstName(), null, null);
      address(patient.address());
      demographics(patient.dateOfBirth(), patient.gender());
    }
    claimInformation(claim);
    return lastHl;
  }

  private void claimInformation(Claim claim) throws EDIStreamException {
    startSegment("CLM");
    element(claim.claimId());
    element(money(claim.totalCharge()));
    element("");
    element("");
    composite(claim.placeOfService(), "B", claim.frequencyCode());
    element("Y");
    element("A");
    element("Y");
    element("Y");
    endSegment();
    if (claim.priorAuthorizationNumber() != null) {
      segment("REF", "G1", claim.priorAuthorizationNumber());
    }
    if (claim.payerClaimControlNumber() != null) {
      segment("REF", "F8", claim.payerClaimControlNumber());
    }
    startSegment("HI");
    List<String> diagnoses = claim.diagnosisCodes();
    for (int i = 0; i < diagnoses.size(); i++) {
      composite(i == 0 ? "ABK" : "ABF", diagnoses.get(i).replace(".", ""));
    }
    endSegment();
    var rendering = claim.renderingProvider();
    if (rendering != null) {
      person("82", rendering.lastName(), rendering.firstName(), "XX", rendering.npi());
      segment("PRV", "PE", "PXC", rendering.taxonomyCode());
    }
    int lineNumber = 1;
    for (ServiceLine line : claim.serviceLines()) {
      serviceLine(lineNumber++, line);
    }
  }

  private void serviceLine(int lineNumber, ServiceLine line) throws EDIStreamException {
    segment("LX", Integer.toString(lineNumber));
    startSegment("SV1");
    List<String> procedure = new ArrayList<>();
    procedure.add("HC");
    procedure.add(line.procedureCode());
    procedure.addAll(line.modifiers());
    composite(procedure.toArray(String[]::new));
    element(money(line.charge()));
    element("UN");
    element(line.units().stripTrailingZeros().toPlainString());
    element("");
    element("");
    composite(line.diagnosisPointers().stream().map(String::valueOf).toArray(String[]::new));
    endSegment();
    segment("DTP", "472", "D8", line.serviceDate().format(CCYYMMDD));
    if (line.lineControlNumber() != null) {
      segment("REF", "6R", line.lineControlNumber());
    }
  }

  private void person(String entity, String last, String first, String idQualifier, String id)
      throws EDIStreamException {
    if (id == null) {
      segment("NM1", entity, "1", last, orEmpty(first));
    } else {
      segment("NM1", entity, "1", last, orEmpty(first), "", "", "", idQualifier, id);
    }
  }

  private void address(Address address) throws EDIStreamException {
    if (address.line2() == null || address.line2().isBlank()) {
      segment("N3", address.line1());
    } else {
      segment("N3", address.line1(), address.line2());
    }
    segment("N4", address.city(), address.state(), address.postalCode());
  }

  private void demographics(LocalDate dateOfBirth, String gender) throws EDIStreamException {
    segment("DMG", "D8", dateOfBirth.format(CCYYMMDD), gender);
  }

  private void envelopeSegment(String tag, String... elements) throws EDIStreamException {
    writer.writeStartSegment(tag);
    for (String element : elements) {
      writer.writeElement(element);
    }
    writer.writeEndSegment();
  }

  private void segment(String tag, String... elements) throws EDIStreamException {
    startSegment(tag);
    for (String element : elements) {
      element(element);
    }
    endSegment();
  }

  private void startSegment(String tag) throws EDIStreamException {
    writer.writeStartSegment(tag);
    segmentsInTransaction++;
  }

  private void endSegment() throws EDIStreamException {
    writer.writeEndSegment();
  }

  private void element(String value) throws EDIStreamException {
    if (value.isEmpty()) {
      writer.writeEmptyElement();
    } else {
      writer.writeElement(value);
    }
  }

  private void composite(String... components) throws EDIStreamException {
    writer.writeStartElement();
    for (String component : components) {
      writer.writeComponent(component);
    }
    writer.endElement();
  }

  private static Schema controlSchema() {
    try {
      return SchemaFactory.newFactory().getControlSchema(Standards.X12, new String[] {"00501"});
    } catch (EDISchemaException e) {
      throw new IllegalStateException("StAEDI has no X12 00501 control schema", e);
    }
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String pad(String value, int width) {
    return String.format("%-" + width + "s", value);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
