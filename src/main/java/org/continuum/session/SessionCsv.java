package org.continuum.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.continuum.web.CsvTable;
import org.continuum.web.UnprocessableException.FieldError;

/**
 * Reads the session import file: a header row naming the same fields as {@code POST /api/sessions},
 * one session per row, lists separated by {@code ;}, RFC 4180 quoting. A cell that cannot be read
 * becomes an error on that row's field; it never stops the file. Only a missing header, a file over
 * the {@link Limits} or a runaway row refuse the file as a whole.
 */
final class SessionCsv {

  static final List<String> COLUMNS =
      List.of(
          "patientId",
          "clinicianId",
          "coverageId",
          "dateOfService",
          "startTime",
          "endTime",
          "minutes",
          "procedureCode",
          "addOnCodes",
          "emCode",
          "modality",
          "patientLocation",
          "diagnosisCodes",
          "noteSignedAt",
          "treatmentPlanReviewedOn",
          "sourceSessionId");

  /**
   * One data row: its number in the file (header = row 0), the request, or why it is unreadable.
   */
  record Row(int number, SessionRequest request, List<FieldError> errors) {}

  /**
   * How much one import may hold. A row longer than the limit is usually a quote never closed,
   * which would swallow the rest of the file into one cell; the whole file is refused (422) naming
   * the row. More rows than the limit are refused whole (413): split the file.
   *
   * @param maxRows data rows after the header, {@code continuum.session-import.max-rows}
   * @param maxRowLength characters in one row, quoted line breaks included
   */
  record Limits(int maxRows, int maxRowLength) {
    static final Limits DEFAULT = new Limits(50_000, 10_000);
  }

  private SessionCsv() {}

  static List<Row> read(String text, Limits limits) {
    CsvTable.Table table =
        CsvTable.read(
            text,
            COLUMNS,
            Set.of("patientId", "clinicianId", "coverageId", "dateOfService"),
            "session",
            new CsvTable.Limits(
                limits.maxRows(), limits.maxRowLength(), "continuum.session-import.max-rows"));
    return table.rows().stream()
        .map(record -> row(record.number(), record.cells(), table.columns()))
        .toList();
  }

  private static Row row(int number, List<String> cells, Map<String, Integer> index) {
    Cells row = new Cells(cells, index);
    SessionRequest request =
        new SessionRequest(
            row.get("patientId", Long::valueOf, "must be a number"),
            row.get("clinicianId", Long::valueOf, "must be a number"),
            row.get("coverageId", Long::valueOf, "must be a number"),
            row.get("dateOfService", LocalDate::parse, "must be a date such as 2026-03-14"),
            row.get("startTime", LocalTime::parse, "must be a time such as 14:00"),
            row.get("endTime", LocalTime::parse, "must be a time such as 14:53"),
            row.get("minutes", Integer::valueOf, "must be a number"),
            row.get("procedureCode", String::strip, ""),
            row.get("addOnCodes", SessionCsv::list, ""),
            row.get("emCode", String::strip, ""),
            row.get(
                "modality",
                v -> Modality.valueOf(upper(v)),
                "must be IN_PERSON, VIDEO or AUDIO_ONLY"),
            row.get(
                "patientLocation",
                v -> PatientLocation.valueOf(upper(v)),
                "must be HOME, OFFICE, FACILITY or OTHER"),
            row.get("diagnosisCodes", SessionCsv::list, ""),
            row.get(
                "noteSignedAt", Instant::parse, "must be an instant such as 2026-03-14T15:00:00Z"),
            row.get(
                "treatmentPlanReviewedOn", LocalDate::parse, "must be a date such as 2026-03-01"),
            row.get("sourceSessionId", String::strip, ""));
    return new Row(number, request, row.errors);
  }

  private static String upper(String value) {
    return value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The cells of one row, read by column name, collecting what cannot be read. */
  private static final class Cells {
    private final List<String> cells;
    private final Map<String, Integer> index;
    private final List<FieldError> errors = new ArrayList<>();

    Cells(List<String> cells, Map<String, Integer> index) {
      this.cells = cells;
      this.index = index;
    }

    <T> T get(String column, Function<String, T> parse, String message) {
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
