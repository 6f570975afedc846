package org.continuum.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV cells that a spreadsheet opens as text, never as a formula. A cell starting with
 * {@code = + - @}, a tab or a carriage return could run as a formula when a biller opens an export
 * in Excel or LibreOffice (CSV injection, OWASP); such a cell gets a leading single quote, which
 * the spreadsheet shows as plain text. Cells are then quoted per RFC 4180 when they hold a comma, a
 * quote or a line break. A negative amount such as {@code -12.50} is quoted too: exports that need
 * numbers should write them unsigned or in a column of their own.
 */
public final class CsvCells {

  private CsvCells() {}

  /** One cell, neutralised and quoted as needed; null is an empty cell. */
  public static String escape(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String cell = startsLikeAFormula(value) ? "'" + value : value;
    if (cell.indexOf(',') >= 0
        || cell.indexOf('"') >= 0
        || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  /** One record: the cells escaped and joined by commas, without a line ending. */
  public static String row(List<String> values) {
    return values.stream().map(CsvCells::escape).collect(Collectors.joining(","));
  }

  private static boolean startsLikeAFormula(String value) {
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> true;
      default -> false;
    };
  }
}
