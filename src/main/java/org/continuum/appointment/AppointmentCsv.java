package org.continuum.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.continuum.web.UnprocessableException;
import org.continuum.web.UnprocessableException.FieldError;

/**
 * Reads the appointment import file the way the session import reads its own: a header row naming
 * the fields of {@code POST /api/appointments}, one appointment per row, RFC 4180 quoting. A cell
 * that cannot be read becomes an error on that row's field; it never stops the file.
 */
final class AppointmentCsv {

  static final List<String> COLUMNS =
      List.of("patientId", "clinicianId", "procedureCode", "scheduledDate", "status");

  /**
   * One data row: its number in the file (header = row 0), the request, or why it is unreadable.
   */
  record Row(int number, AppointmentRequest request, List<FieldError> errors) {}

  private AppointmentCsv() {}

  static List<Row> read(String text) {
    List<List<String>> records = records(text == null ? "" : text);
    if (records.isEmpty()) {
      throw new UnprocessableException("file", "needs a header row");
    }
    Map<String, Integer> index = header(records.get(0));
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> cells = records.get(i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(row(i, cells, index));
    }
    return rows;
  }

  private static Map<String, Integer> header(List<String> cells) {
    Map<String, String> known = new HashMap<>();
    COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
    Map<String, Integer> index = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String column = known.get(cells.get(i).strip().toLowerCase(Locale.ROOT));
      if (column == null) {
        errors.add(new FieldError("header", "column " + (i + 1) + " is not an appointment field"));
      } else {
        index.put(column, i);
      }
    }
    for (String required : Set.of("patientId", "clinicianId", "procedureCode", "scheduledDate")) {
      if (!index.containsKey(required)) {
        errors.add(new FieldError("header", "needs a " + required + " column"));
      }
    }
    if (!errors.isEmpty()) {
      throw new UnprocessableException(errors);
    }
    return index;
  }

  private static Row row(int number, List<String> cells, Map<String, Integer> index) {
    List<FieldError> errors = new ArrayList<>();
    Function<String, Cell> cell = column -> new Cell(column, cells, index, errors);
    AppointmentRequest request =
        new AppointmentRequest(
            cell.apply("patientId").read(Long::valueOf, "must be a number"),
            cell.apply("clinicianId").read(Long::valueOf, "must be a number"),
            cell.apply("procedureCode").read(v -> v.toUpperCase(Locale.ROOT), ""),
            cell.apply("scheduledDate").read(LocalDate::parse, "must be a date such as 2026-03-14"),
            cell.apply("status")
                .read(
                    v -> AppointmentStatus.valueOf(v.toUpperCase(Locale.ROOT)),
                    "must be SCHEDULED, CANCELLED or COMPLETED"));
    return new Row(number, request, errors);
  }

  /** One cell of a row, read by column name; what cannot be read is added to the row's errors. */
  private record Cell(
      String column, List<String> cells, Map<String, Integer> index, List<FieldError> errors) {

    <T> T read(Function<String, T> parse, String message) {
      Integer i = index.get(column);
      if (i == null || i >= cells.size() || cells.get(i).isBlank()) {
        return null;
      }
      try {
        return parse.apply(cells.get(i).strip());
      } catch (RuntimeException e) {
        errors.add(new FieldError(column, message));
        return null;
      }
    }
  }

  /** Splits text into records of cells, honouring quotes (a quoted cell may hold , and breaks). */
  static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
      } else if (c != '\uFEFF' || i != 0) {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }
}
