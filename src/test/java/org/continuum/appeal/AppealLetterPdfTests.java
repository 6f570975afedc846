package org.continuum.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The appeal letter opened with PDFBox and its text read back. */
class AppealLetterPdfTests {

  private static final AppealFacts FACTS =
      new AppealFacts(
          4711,
          "Medicare Part B",
          "MEDICARE",
          "PCN-88",
          LocalDate.of(2025, 2, 28),
          new BigDecimal("180.00"),
          "Alex Example",
          "1EG4TE5MK73",
          "Dana Rivers, LCSW",
          "1234567893",
          55,
          List.of("F33.1", "F41.1"),
          List.of(new AppealFacts.Line("90837", List.of("95"), 1, new BigDecimal("180.00"))),
          new AppealFacts.Authorization(
              "AUTH-77", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 24, 7),
          LocalDate.of(2025, 3, 3),
          List.of(120, 180, 60, 60, 60));

  @Test
  void carriesTheClaimTheCodesTheDocumentationTheAuthorizationAndTheArgument() throws IOException {
    String text =
        textOf(
            AppealLetterPdf.render(
                new AppealLetterPdf.Letter(
                    Appeals.title("MEDICARE", 1),
                    false,
                    LocalDate.of(2025, 4, 1),
                    FACTS,
                    "CO-50 (N115)",
                    "Not medically necessary per the payer",
                    "The treatment plan reviewed on 2025-01-15 supports weekly sessions.")));

    assertThat(text)
        .contains("Request for redetermination (level 1)")
        .contains("Claim 4711, payer claim number PCN-88, date of service 2025-02-28")
        .contains("Codes: CO-50 (N115)")
        .contains("Documented minutes: 55")
        .contains("Procedure codes: 90837-95")
        .contains("Diagnoses: F33.1, F41.1")
        .contains("Authorization AUTH-77 (2025-01-01 to 2025-06-30, 7 of 24 units used)")
        .contains("supports weekly sessions")
        .doesNotContain("DRAFT");
  }

  @Test
  void marksADraftAndSurvivesTextTheFontCannotDraw() throws IOException {
    String longArgument = "Weekly sessions are necessary \uD83D\uDE42\tper plan. ".repeat(200);
    byte[] pdf =
        AppealLetterPdf.render(
            new AppealLetterPdf.Letter(
                Appeals.title("COMMERCIAL", 2),
                true,
                LocalDate.of(2025, 4, 1),
                FACTS,
                "CO-197",
                null,
                longArgument));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
    assertThat(textOf(pdf))
        .startsWith("DRAFT")
        .contains("Level 2 appeal of a claim denial")
        .contains("necessary ? per plan");
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").trim();
    }
  }
}
