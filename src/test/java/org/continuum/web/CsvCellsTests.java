package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export cells open as text in a spreadsheet and survive a round trip through RFC 4180. */
class CsvCellsTests {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(A1:A9)", "\tcmd", "\rcmd"})
  void prefixesACellThatStartsLikeAFormulaWithAQuote(String formula) {
    String cell = CsvCells.escape(formula);

    assertThat(unquote(cell)).isEqualTo("'" + formula);
  }

  @Test
  void leavesPlainCellsAlone() {
    assertThat(CsvCells.escape("90837")).isEqualTo("90837");
    assertThat(CsvCells.escape("DOE JANE")).isEqualTo("DOE JANE");
    assertThat(CsvCells.escape("a=b")).isEqualTo("a=b");
    assertThat(CsvCells.escape("")).isEmpty();
    assertThat(CsvCells.escape(null)).isEmpty();
  }

  @Test
  void quotesCommasQuotesAndLineBreaksPerRfc4180() {
    assertThat(CsvCells.escape("Smith, John")).isEqualTo("\"Smith, John\"");
    assertThat(CsvCells.escape("the \"best\" plan")).isEqualTo("\"the \"\"best\"\" plan\"");
    assertThat(CsvCells.escape("line one\nline two")).isEqualTo("\"line one\nline two\"");
    assertThat(CsvCells.escape("a\rb")).isEqualTo("\"a\rb\"");
  }

  @Test
  void neutralisesAndQuotesAFormulaHoldingACommaAndAQuote() {
    assertThat(CsvCells.escape("=HYPERLINK(\"http://x\",\"click\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
  }

  @Test
  void writesARowOfEscapedCells() {
    assertThat(CsvCells.row(Arrays.asList("CNT-1", "-12.50", null, "=cmd|' /C calc'!A0", "a,b")))
        .isEqualTo("CNT-1,'-12.50,,'=cmd|' /C calc'!A0,\"a,b\"");
  }

  @Test
  void aNeutralisedCellReadsBackAsText() {
    List<String> values = List.of("=1+1", "x,\"y\"", "@me", "plain");
    String row = CsvCells.row(values);

    assertThat(parse(row)).containsExactly("'=1+1", "x,\"y\"", "'@me", "plain");
  }

  private static String unquote(String cell) {
    return cell.startsWith("\"")
        ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"")
        : cell;
  }

  /** A minimal RFC 4180 reader for one record, independent of the code under test. */
  private static List<String> parse(String row) {
    List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
