package org.continuum.edi.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;
import org.continuum.edi.X12FormatException;

/**
 * Reads X12 numbers and dates into Java values; a value of the wrong form is a format fault named
 * by segment, element and position, never by the value itself.
 */
final class Values {

  private static final DateTimeFormatter CCYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private Values() {}

  /** Money with scale 2, or zero when the element is absent. */
  static BigDecimal money(Segment segment, int element) {
    BigDecimal amount = moneyOrNull(segment, element);
    return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
  }

  static BigDecimal moneyOrNull(Segment segment, int element) {
    String text = segment.element(element);
    return text.isEmpty() ? null : number(segment, element, text).setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal moneyOrNull(Segment segment, int element, String text) {
    return text.isEmpty() ? null : number(segment, element, text).setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal quantityOrNull(Segment segment, int element) {
    String text = segment.element(element);
    return text.isEmpty() ? null : number(segment, element, text);
  }

  static int integer(Segment segment, int element) {
    String text = segment.element(element);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw fault(segment, element, "is not a whole number");
    }
  }

  static LocalDate dateOrNull(Segment segment, int element) {
    return dateOrNull(segment, element, segment.element(element));
  }

  static LocalDate dateOrNull(Segment segment, int element, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text, CCYYMMDD);
    } catch (DateTimeParseException e) {
      throw fault(segment, element, "is not a date of the form CCYYMMDD");
    }
  }

  static void requireKnown(TransactionSet transaction, Set<String> vocabulary) {
    for (Segment segment : transaction.body()) {
      if (!vocabulary.contains(segment.tag())) {
        throw new X12FormatException(
            segment.tag(),
            segment.position(),
            "segment is not defined for transaction set " + transaction.transactionSetId());
      }
    }
  }

  static X12FormatException fault(Segment segment, int element, String what) {
    return new X12FormatException(
        segment.tag(),
        segment.position(),
        String.format("%s%02d %s", segment.tag(), element, what));
  }

  private static BigDecimal number(Segment segment, int element, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw fault(segment, element, "is not a number");
    }
  }
}
