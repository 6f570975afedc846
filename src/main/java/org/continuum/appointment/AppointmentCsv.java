package org.continuum.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.continuum.web.CsvTable;
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

  /** The same bounds as the session import's defaults. */
  static final CsvTable.Limits LIMITS = new CsvTable.Limits(50_000, 10_000, "the import limit");

  static List<Row> read(String text) {
    CsvTable.Table table =
        CsvTable.read(
            text,
            COLUMNS,
            Set.of("patientId", "clinicianId", "procedureCode", "scheduledDate"),
            "appointment",
            LIMITS);
    return table.rows().stream()
        .map(record -> row(record.number(), record.cells(), table.columns()))
        .toList();
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
}
