package org.continuum.edi.internal;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.EDIValidationException;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.continuum.edi.X12Envelope;
import org.continuum.edi.X12FormatException;
import org.continuum.edi.X12Limits;

/**
 * Turns X12 bytes into transaction sets, letting StAEDI tokenise and check the envelope: ISA/GS/ST
 * structure, control numbers repeated in the trailers, and the SE01, GE01 and IEA01 counts. Any
 * finding rejects the whole file, because a partially read remittance would post partial money.
 */
public final class X12Parser {

  private static final EDIInputFactory FACTORY = newFactory();

  private X12Parser() {}

  /** The first ISA13, GS06, GS08 and ST01/ST03, read without checking the rest of the file. */
  public record Headers(
      String interchangeControlNumber,
      String groupControlNumber,
      String version,
      String transactionSetId,
      String implementationGuide) {}

  /** Reads only as far as the first ST; envelope findings before it are ignored. */
  public static Headers firstHeaders(byte[] x12) {
    return firstHeaders(x12, X12Limits.DEFAULT);
  }

  /** As {@link #firstHeaders(byte[])}, refusing a file beyond the limits first. */
  public static Headers firstHeaders(byte[] x12, X12Limits limits) {
    String isa13 = null;
    String gs06 = null;
    String gs08 = null;
    try (EDIStreamReader reader = open(x12, limits)) {
      SegmentBuilder current = null;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        if (event == EDIStreamEvent.START_SEGMENT) {
          current = new SegmentBuilder(reader.getText(), reader.getLocation().getSegmentPosition());
        } else if (event == EDIStreamEvent.ELEMENT_DATA && current != null) {
          current.add(reader.getLocation(), reader.getText());
        } else if (event == EDIStreamEvent.END_SEGMENT && current != null) {
          Segment segment = current.build();
          switch (segment.tag()) {
            case "ISA" -> isa13 = segment.element(13);
            case "GS" -> {
              gs06 = segment.element(6);
              gs08 = segment.element(8);
            }
            case "ST" -> {
              if (isa13 == null || gs06 == null) {
                throw new X12FormatException("ST", segment.position(), "ST outside ISA/GS");
              }
              return new Headers(isa13, gs06, gs08, segment.element(1), segment.element(3));
            }
            default -> {}
          }
        }
      }
    } catch (EDIStreamException e) {
      throw tokenisingFailure(e);
    } catch (EDIValidationException e) {
      throw validationFailure(e.getLocation(), e.getError());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new X12FormatException(
        isa13 == null ? "ISA" : "ST", 1, "no transaction set (ST) found in the file");
  }

  /** Every transaction set in the file, or an exception naming the first fault. */
  public static List<TransactionSet> read(byte[] x12) {
    return read(x12, X12Limits.DEFAULT);
  }

  /** As {@link #read(byte[])}, refusing a file beyond the limits before parsing it. */
  public static List<TransactionSet> read(byte[] x12, X12Limits limits) {
    List<TransactionSet> transactions = new ArrayList<>();
    stream(
        x12,
        limits,
        new TransactionSink() {
          private List<Segment> body;

          @Override
          public void start(String transactionSetId, X12Envelope envelope, Segment header) {
            body = new ArrayList<>();
          }

          @Override
          public void segment(Segment segment) {
            body.add(segment);
          }

          @Override
          public void end(String transactionSetId, X12Envelope envelope, Segment header) {
            transactions.add(new TransactionSet(transactionSetId, envelope, header, body));
            body = null;
          }
        });
    return List.copyOf(transactions);
  }

  /**
   * Receives the transaction sets of a file one segment at a time, so that a file of any size is
   * read in bounded memory. A fault found later in the file (a wrong SE01 count, say) is thrown
   * after earlier segments were handed over: callers that act on segments do so in a transaction
   * that the fault rolls back.
   */
  public interface TransactionSink {
    void start(String transactionSetId, X12Envelope envelope, Segment header);

    void segment(Segment segment);

    void end(String transactionSetId, X12Envelope envelope, Segment header);
  }

  /** Streams every transaction set of the file to the sink, or throws naming the first fault. */
  public static void stream(byte[] x12, X12Limits limits, TransactionSink sink) {
    int transactions;
    try (EDIStreamReader reader = open(x12, limits)) {
      Envelope envelope = new Envelope(sink);
      SegmentBuilder current = null;
      boolean sawInterchange = false;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_SEGMENT ->
              current =
                  new SegmentBuilder(reader.getText(), reader.getLocation().getSegmentPosition());
          case ELEMENT_DATA -> {
            if (current != null) {
              current.add(reader.getLocation(), reader.getText());
            }
          }
          case END_SEGMENT -> {
            Segment segment = current.build();
            sawInterchange |= segment.tag().equals("ISA");
            envelope.accept(segment);
          }
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
              throw validationFailure(reader.getLocation(), reader.getErrorType());
          default -> {}
        }
      }
      if (!sawInterchange) {
        throw new X12FormatException("ISA", 1, "no X12 interchange found");
      }
      transactions = envelope.transactions;
    } catch (EDIStreamException e) {
      throw tokenisingFailure(e);
    } catch (EDIValidationException e) {
      throw validationFailure(e.getLocation(), e.getError());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (transactions == 0) {
      throw new X12FormatException("ST", 1, "the interchange holds no transaction set");
    }
  }

  private static EDIStreamReader open(byte[] x12, X12Limits limits) throws EDIStreamException {
    byte[] trimmed = X12Input.trimLeading(x12);
    if (trimmed.length == 0) {
      throw new X12FormatException("ISA", 1, "the file is empty");
    }
    X12Input.checkLimits(trimmed, limits);
    return FACTORY.createEDIStreamReader(new ByteArrayInputStream(trimmed), "UTF-8");
  }

  private static EDIInputFactory newFactory() {
    EDIInputFactory factory = EDIInputFactory.newFactory();
    factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
    factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
    return factory;
  }

  private static X12FormatException validationFailure(
      Location location, EDIStreamValidationError error) {
    String tag = location == null ? null : location.getSegmentTag();
    int position = location == null ? 0 : location.getSegmentPosition();
    int element = location == null ? -1 : location.getElementPosition();
    String where = tag == null ? "" : element > 0 ? String.format("%s%02d ", tag, element) : "";
    String what =
        switch (error) {
          case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ->
              "count does not match the actual number of "
                  + switch (tag == null ? "" : tag) {
                    case "SE" -> "segments in the transaction set";
                    case "GE" -> "transaction sets in the group";
                    case "IEA" -> "functional groups in the interchange";
                    default -> "items";
                  };
          case CONTROL_REFERENCE_MISMATCH ->
              "control number does not match the one in the matching header";
          default -> error.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    return new X12FormatException(tag == null ? "?" : tag, Math.max(position, 1), where + what);
  }

  private static X12FormatException tokenisingFailure(EDIStreamException e) {
    Location location = e.getLocation();
    String tag = location == null ? null : location.getSegmentTag();
    int position = location == null ? 0 : location.getSegmentPosition();
    String message = e.getMessage() == null ? "unreadable X12" : e.getMessage();
    int input = message.indexOf("; input:");
    if (input >= 0) {
      message = message.substring(0, input);
    }
    message = message.replaceFirst("^EDIE\\d+ - ", "");
    return new X12FormatException(tag == null ? "ISA" : tag, Math.max(position, 1), message);
  }

  /** Tracks the open interchange, group and transaction set while segments stream past. */
  private static final class Envelope {
    private final TransactionSink sink;
    private Segment interchange;
    private Segment group;
    private Segment transactionHeader;
    private X12Envelope transactionEnvelope;
    int transactions;

    Envelope(TransactionSink sink) {
      this.sink = sink;
    }

    void accept(Segment segment) {
      switch (segment.tag()) {
        case "ISA" -> interchange = segment;
        case "GS" -> group = segment;
        case "ST" -> {
          if (interchange == null || group == null) {
            throw new X12FormatException(
                "ST", segment.position(), "transaction set outside ISA/GS");
          }
          transactionHeader = segment;
          transactionEnvelope =
              new X12Envelope(
                  interchange.element(6).trim(),
                  interchange.element(8).trim(),
                  interchange.element(13),
                  group.element(6),
                  group.element(8),
                  segment.element(2));
          sink.start(segment.element(1), transactionEnvelope, segment);
        }
        case "SE" -> {
          if (transactionHeader == null) {
            throw new X12FormatException(
                "SE", segment.position(), "transaction set trailer without its header (ST)");
          }
          sink.end(transactionHeader.element(1), transactionEnvelope, transactionHeader);
          transactions++;
          transactionHeader = null;
          transactionEnvelope = null;
        }
        case "GE", "IEA", "TA1" -> {}
        default -> {
          if (transactionHeader == null) {
            throw new X12FormatException(
                segment.tag(), segment.position(), "segment outside a transaction set");
          }
          sink.segment(segment);
        }
      }
    }
  }

  /** Collects the element data StAEDI reports for one segment. */
  private static final class SegmentBuilder {
    private final String tag;
    private final int position;
    private final List<List<String>> elements = new ArrayList<>();

    SegmentBuilder(String tag, int position) {
      this.tag = tag;
      this.position = position;
    }

    void add(Location location, String text) {
      if (location.getElementOccurrence() > 1) {
        return;
      }
      int element = location.getElementPosition();
      while (elements.size() < element) {
        elements.add(new ArrayList<>());
      }
      List<String> components = elements.get(element - 1);
      int component = Math.max(location.getComponentPosition(), 1);
      while (components.size() < component - 1) {
        components.add("");
      }
      components.add(text == null ? "" : text);
    }

    Segment build() {
      return new Segment(tag, position, elements);
    }
  }
}
