package org.continuum.appeal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out an appeal letter as a PDF with PDFBox: the claim, the denial codes and what they mean, a
 * summary of the documentation (date, minutes, codes, diagnoses), the authorization and the
 * biller's argument, wrapped and paged. Text the standard fonts cannot draw (a pasted emoji, a tab)
 * becomes a plain character rather than a failure: the letter is the user's text, not ours.
 */
final class AppealLetterPdf {

  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float SIZE = 10.5f;
  private static final float LEADING = 14f;
  private static final float MARGIN = 56f;

  private AppealLetterPdf() {}

  /** The letter's content, already worded. */
  record Letter(
      String title,
      boolean draft,
      LocalDate date,
      AppealFacts facts,
      String denialCodes,
      String codeMeaning,
      String argument) {}

  static byte[] render(Letter letter) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(letter.title() + " - claim " + letter.facts().claimId());
      info.setCreator("Continuum");
      Writer writer = new Writer(document);
      AppealFacts facts = letter.facts();
      if (letter.draft()) {
        writer.line(BOLD, "DRAFT - not yet final");
      }
      writer.line(BOLD, letter.title());
      writer.line(REGULAR, "Date: " + letter.date());
      writer.line(REGULAR, "To: " + facts.payerName() + " - Appeals");
      writer.gap();
      writer.line(BOLD, "Claim");
      writer.paragraph("Patient: " + facts.patientName() + ", member id " + facts.memberId());
      writer.paragraph(
          "Claim "
              + facts.claimId()
              + (facts.payerClaimNumber() == null
                  ? ""
                  : ", payer claim number " + facts.payerClaimNumber())
              + ", date of service "
              + facts.dateOfService()
              + ", billed "
              + facts.totalCharge());
      writer.paragraph(
          "Rendering clinician: " + facts.renderingClinician() + ", NPI " + facts.renderingNpi());
      writer.gap();
      writer.line(BOLD, "Denial");
      writer.paragraph("Codes: " + letter.denialCodes());
      if (letter.codeMeaning() != null && !letter.codeMeaning().isBlank()) {
        writer.paragraph("Meaning: " + letter.codeMeaning());
      }
      writer.gap();
      writer.line(BOLD, "Documentation summary");
      writer.paragraph("Date of service: " + facts.dateOfService());
      writer.paragraph(
          "Documented minutes: "
              + (facts.documentedMinutes() == null
                  ? "not recorded"
                  : String.valueOf(facts.documentedMinutes())));
      writer.paragraph("Procedure codes: " + facts.procedureCodes());
      writer.paragraph("Diagnoses: " + String.join(", ", facts.diagnosisCodes()));
      writer.gap();
      writer.line(BOLD, "Authorization");
      writer.paragraph(
          facts.authorization() == null
              ? "No authorization was required or on file for this service."
              : "Authorization " + facts.authorization().summary());
      writer.gap();
      writer.line(BOLD, "Why the claim should be paid");
      for (String paragraph : letter.argument().split("\\R")) {
        writer.paragraph(paragraph);
      }
      writer.gap();
      writer.paragraph("Sincerely,");
      writer.paragraph("Billing office, on behalf of " + facts.renderingClinician());
      writer.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not lay out the appeal letter", e);
    }
  }

  /** Writes lines top to bottom, starting a new page when one is full. */
  private static final class Writer {
    private final PDDocument document;
    private final float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void line(PDType1Font font, String text) throws IOException {
      if (y < MARGIN) {
        newPage();
      }
      page.beginText();
      page.setFont(font, SIZE);
      page.newLineAtOffset(MARGIN, y);
      page.showText(drawable(font, text));
      page.endText();
      y -= LEADING;
    }

    void paragraph(String text) throws IOException {
      for (String line : wrap(drawable(REGULAR, text))) {
        line(REGULAR, line);
      }
    }

    void gap() {
      y -= LEADING / 2;
    }

    void close() throws IOException {
      page.close();
    }

    private List<String> wrap(String text) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (current.isEmpty() || REGULAR.getStringWidth(candidate) / 1000 * SIZE <= width) {
          current.setLength(0);
          current.append(candidate);
        } else {
          lines.add(current.toString());
          current.setLength(0);
          current.append(word);
        }
      }
      lines.add(current.toString());
      return lines;
    }

    private void newPage() throws IOException {
      if (page != null) {
        page.close();
      }
      PDPage next = new PDPage(PDRectangle.LETTER);
      document.addPage(next);
      page = new PDPageContentStream(document, next);
      y = PDRectangle.LETTER.getHeight() - MARGIN;
    }
  }

  /** Keeps what the font can draw; anything else becomes '?', and whitespace a space. */
  static String drawable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
                return;
              }
              String s = new String(Character.toChars(cp));
              try {
                font.encode(s);
                out.append(s);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
