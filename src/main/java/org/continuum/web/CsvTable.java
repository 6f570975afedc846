package org.continuum.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an imported CSV file into a header and numbered data rows: RFC 4180 quoting (a quoted cell
 * may hold commas and line breaks), a byte-order mark, CRLF or LF, column names matched without
 * regard to case, blank rows skipped. Limits keep a hostile file from exhausting memory: too many
 * rows is 413, an over-long row (an unclosed quote) is 422 naming the row. Each import (sessions,
 * appointments) turns the cells into its own request.
 */
public final class CsvTable {

  /**
   * How much one import may hold.
   *
   * @param maxRows data rows after the header
   * @param maxRowLength characters in one row, quoted line breaks included
   * @param rowsSetting the configuration key of {@code maxRows}, named in the refusal
   */
  public record Limits(int maxRows, int maxRowLength, String rowsSetting) {}

  /** A data row: its number in the file (header = row 0) and its cells. */
  public record Record(int number, List<String> cells) {}

  /** The column each known field sits in, and the data rows. */
  public record Table(Map<String, Integer> columns, List<Record> rows) {}

  private CsvTable() {}

  /**
   * Reads the file; a missing header, an unknown column or a missing required column is a 422
   * naming the header.
   *
   * @param kind what a row describes ("session"), for the message about an unknown column
   */
  public static Table read(
      String text, List<String> knownColumns, Set<String> required, String kind, Limits limits) {
    List<List<String>> records = records(text == null ? "" : text, limits);
    if (records.isEmpty()) {
      throw new UnprocessableException("file", "needs a header row");
    }
    Map<String, Integer> columns = header(records.get(0), knownColumns, required, kind);
    List<Record> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> cells = records.get(i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(new Record(i, cells));
    }
    return new Table(columns, rows);
  }

  private static Map<String, Integer> header(
      List<String> cells, List<String> knownColumns, Set<String> required, String kind) {
    Map<String, String> known = new HashMap<>();
    knownColumns.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
    Map<String, Integer> index = new HashMap<>();
    List<UnprocessableException.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String column = known.get(cells.get(i).strip().toLowerCase(Locale.ROOT));
      if (column == null) {
        errors.add(
            new UnprocessableException.FieldError(
                "header",
                "column " + (i + 1) + " is not " + article(kind) + " " + kind + " field"));
      } else {
        index.put(column, i);
      }
    }
    for (String column : required) {
      if (!index.containsKey(column)) {
        errors.add(
            new UnprocessableException.FieldError("header", "needs a " + column + " column"));
      }
    }
    if (!errors.isEmpty()) {
      throw new UnprocessableException(errors);
    }
    return index;
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  /**
   * Splits text into records of cells, honouring quotes (a quoted cell may hold , ; and line
   * breaks).
   */
  static List<List<String>> records(String text, Limits limits) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int recordStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean endOfRecord = !quoted && (c == '\n' || c == '\r');
      if (!endOfRecord && i - recordStart >= limits.maxRowLength()) {
        throw new UnprocessableException(
            "file",
            "row "
                + records.size()
                + " is longer than the limit of "
                + limits.maxRowLength()
                + " characters (an unclosed quote?)");
      }
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        recordStart = i + 1;
        if (records.size() > limits.maxRows() + 1) {
          throw tooManyRows(limits);
        }
      } else if (c == '\uFEFF' && i == 0) {
        continue;
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
    }
    if (records.size() > limits.maxRows() + 1) {
      throw tooManyRows(limits);
    }
    return records;
  }

  private static PayloadTooLargeException tooManyRows(Limits limits) {
    return new PayloadTooLargeException(
        "The file has more than "
            + limits.maxRows()
            + " rows ("
            + limits.rowsSetting()
            + "); split it into smaller files");
  }
}
