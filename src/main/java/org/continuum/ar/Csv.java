package org.continuum.ar;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV for spreadsheets. A cell that starts with {@code = + - @} (or a tab or carriage
 * return) is prefixed with a single quote, so a spreadsheet shows it as text instead of running it
 * as a formula; numbers are written plain, since a negative balance is data, not a formula.
 */
final class Csv {

  private final StringBuilder out = new StringBuilder();

  Csv row(List<?> cells) {
    out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    return this;
  }

  Csv row(Object... cells) {
    return row(java.util.Arrays.asList(cells));
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
