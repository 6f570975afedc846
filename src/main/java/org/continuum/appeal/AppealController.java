package org.continuum.appeal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.continuum.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A claim's appeal letters (listed and downloaded as PDF) and the payer's decision on an appeal
 * when it arrives as a letter or a portal answer rather than an 835.
 */
@RestController
@RequestMapping("/api/claims/{claimId}")
class AppealController {

  private final AppealLetters letters;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;

  AppealController(AppealLetters letters, ApplicationEventPublisher events, JdbcClient jdbc) {
    this.letters = letters;
    this.events = events;
    this.jdbc = jdbc;
  }

  @GetMapping("/appeal-letters")
  List<AppealLetters.LetterView> list(@PathVariable long claimId) {
    requireClaim(claimId);
    return letters.of(claimId);
  }

  @GetMapping("/appeal-letters/{letterId}")
  ResponseEntity<byte[]> download(@PathVariable long claimId, @PathVariable long letterId) {
    byte[] pdf = letters.pdf(claimId, letterId);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("appeal-claim-" + claimId + "-" + letterId + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  /** The payer's decision on the claim's pending appeal. */
  record DecisionRequest(
      @NotNull AppealDecision decision,
      @NotNull @PastOrPresent LocalDate decidedOn,
      @Size(max = 1000) String note) {}

  @PostMapping("/appeal-decision")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Transactional
  void decide(
      @PathVariable long claimId, @Valid @RequestBody DecisionRequest request, Principal user) {
    requireClaim(claimId);
    events.publishEvent(
        new AppealDecisionEntered(
            claimId, request.decision(), request.decidedOn(), request.note(), user.getName()));
  }

  private void requireClaim(long claimId) {
    if (jdbc.sql("select count(*) from claim where id = ?")
            .param(claimId)
            .query(Long.class)
            .single()
        == 0) {
      throw new NotFoundException("Claim", claimId);
    }
  }
}
