package org.continuum.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.continuum.web.NotFoundException;
import org.continuum.web.UnprocessableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates an appeal letter as a PDF from the claim's facts and the biller's argument, and keeps
 * it with the claim. A draft can be downloaded, read and rewritten as often as needed (each new
 * draft replaces the last); the final letter is the one sent and is never changed.
 */
@Service
public class AppealLetters {

  /** Longest argument accepted: about five pages. */
  static final int MAX_ARGUMENT = 10_000;

  private final DeniedClaimFacts facts;
  private final AppealLetterRepository letters;

  AppealLetters(DeniedClaimFacts facts, AppealLetterRepository letters) {
    this.facts = facts;
    this.letters = letters;
  }

  /**
   * What to write.
   *
   * @param denialCodes group code, CARC and RARCs as the payer sent them, e.g. "CO-50 (N115)"
   * @param last true for the final letter that is sent
   * @param occasion the process step finalising the letter: a final letter is written once per
   *     occasion, so the step run again returns the letter it wrote; {@code null} for none
   */
  public record LetterRequest(
      long claimId,
      int level,
      String denialCodes,
      String codeMeaning,
      String argument,
      boolean last,
      String actor,
      String occasion) {}

  /** A stored letter, as the claim's letter list shows it. */
  public record LetterView(
      long id, int level, String status, String createdBy, Instant createdAt, int bytes) {}

  /** Generates and stores the letter; returns its id. */
  @Transactional
  public long write(LetterRequest request) {
    Appeals.requireArgument(request.argument());
    if (request.argument().length() > MAX_ARGUMENT) {
      throw new UnprocessableException(
          "appealArgument", "The argument is longer than " + MAX_ARGUMENT + " characters.");
    }
    if (request.last() && request.occasion() != null) {
      Optional<AppealLetter> written =
          letters.findByClaimIdAndOccasion(request.claimId(), request.occasion());
      if (written.isPresent()) {
        return written.get().getId();
      }
    }
    AppealFacts claim = facts.of(request.claimId());
    byte[] pdf =
        AppealLetterPdf.render(
            new AppealLetterPdf.Letter(
                Appeals.title(claim.payerFamily(), request.level()),
                !request.last(),
                LocalDate.now(),
                claim,
                request.denialCodes(),
                request.codeMeaning(),
                request.argument()));
    letters.deleteDrafts(request.claimId(), request.level());
    return letters
        .save(
            new AppealLetter(
                    request.claimId(),
                    request.level(),
                    request.last(),
                    request.argument(),
                    pdf,
                    request.actor())
                .finalisedBy(request.last() ? request.occasion() : null))
        .getId();
  }

  @Transactional(readOnly = true)
  public List<LetterView> of(long claimId) {
    return letters.findByClaimIdOrderByCreatedAtAscIdAsc(claimId).stream()
        .map(
            l ->
                new LetterView(
                    l.getId(),
                    l.getLevel(),
                    l.getStatus(),
                    l.getCreatedBy(),
                    l.getCreatedAt(),
                    l.getPdf().length))
        .toList();
  }

  @Transactional(readOnly = true)
  public byte[] pdf(long claimId, long letterId) {
    return letters
        .findByIdAndClaimId(letterId, claimId)
        .orElseThrow(() -> new NotFoundException("Appeal letter", letterId))
        .getPdf();
  }
}
