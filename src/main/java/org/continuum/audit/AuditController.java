package org.continuum.audit;

import java.time.Instant;
import java.util.List;
import org.continuum.web.Pages;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators: the entries, filtered and paged, and the chain's check. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  /** Entries newest first; {@code from} inclusive, {@code to} exclusive (ISO instants). */
  @GetMapping
  List<AuditTrail.Entry> find(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    PageRequest paging = Pages.of(page, size, Sort.unsorted());
    return trail.find(
        new AuditTrail.Filter(actor, subjectType, subjectId, from, to),
        paging.getPageNumber(),
        paging.getPageSize());
  }

  @GetMapping("/verify")
  AuditTrail.Verification verify() {
    return trail.verify();
  }
}
