package org.continuum.claim;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The queue of claims near their timely-filing limit, closest first, so that a biller files them
 * before the payer may refuse them as late (CO-29, which is written off, never billed).
 */
@RestController
@RequestMapping("/api/claims/filing-deadlines")
@Validated
class FilingDeadlineController {

  private final FilingDeadlines deadlines;

  FilingDeadlineController(FilingDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @GetMapping
  List<FilingDeadlines.NearLimit> nearLimit(
      @RequestParam(defaultValue = "30") @Min(0) @Max(730) int withinDays) {
    return deadlines.within(withinDays, LocalDate.now());
  }
}
