package org.continuum.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One claim as a biller needs to see it: where it stands, its lines, what is wrong with it and who
 * holds the work that will put it right. A clinician (a user whose only claim-reading group is
 * {@code clinicians}) sees only the claims of their own sessions, the ones whose documentation
 * queries reach them; any other claim is "not found" to them, so they learn nothing about it.
 */
@RestController
@RequestMapping("/api/claims")
class ClaimController {

  private final ClaimRepository claims;
  private final ClaimLifecycle lifecycle;
  private final ClaimTasks tasks;
  private final ClaimActions actions;
  private final ClinicianRepository clinicians;
  private final ClaimVoids voids;

  ClaimController(
      ClaimRepository claims,
      ClaimLifecycle lifecycle,
      ClaimTasks tasks,
      ClaimActions actions,
      ClinicianRepository clinicians,
      ClaimVoids voids) {
    this.voids = voids;
    this.actions = actions;
    this.clinicians = clinicians;
    this.claims = claims;
    this.lifecycle = lifecycle;
    this.tasks = tasks;
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  ClaimView get(@PathVariable long id) {
    Claim claim =
        claims
            .findById(id)
            .filter(this::visibleToCaller)
            .orElseThrow(() -> new NotFoundException("Claim", id));
    return new ClaimView(
        claim.getId(),
        claim.getSessionId(),
        claim.getPatientId(),
        claim.getPayerId(),
        claim.getRenderingClinicianId(),
        claim.getStatus(),
        claim.getDateOfService(),
        claim.getPlaceOfService(),
        claim.getFrequencyCode(),
        claim.getTotalCharge(),
        claim.getLines().stream().map(LineView::of).toList(),
        lifecycle.openDefects(id),
        tasks.openTasksOf(id),
        actions.of(id),
        claim.getVersion());
  }

  /** Why the claim is voided; kept in claim_action, never in the audit trail (it may name PHI). */
  record VoidRequest(@NotBlank @Size(max = 1000) String reason) {}

  /** Voids the claim; see {@link ClaimVoids} for what that means in each status. */
  @PostMapping("/{id}/void")
  ClaimVoids.Voided voidClaim(
      @PathVariable long id, @Valid @RequestBody VoidRequest request, Principal user) {
    return voids.voidClaim(id, request.reason().strip(), user.getName());
  }

  private boolean visibleToCaller(Claim claim) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null) {
      return false;
    }
    List<String> roles =
        caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    if (!roles.equals(List.of("ROLE_CLINICIANS"))) {
      return true; // the security matrix let a claim reader in
    }
    return clinicians
        .findByUserId(caller.getName())
        .map(Clinician::getId)
        .filter(own -> Objects.equals(own, claim.getRenderingClinicianId()))
        .isPresent();
  }

  /** A claim as the API returns it. */
  record ClaimView(
      Long id,
      Long sessionId,
      Long patientId,
      Long payerId,
      Long renderingClinicianId,
      ClaimStatus status,
      LocalDate dateOfService,
      String placeOfService,
      String frequencyCode,
      BigDecimal totalCharge,
      List<LineView> lines,
      List<ClaimLifecycle.OpenDefect> defects,
      List<ClaimTasks.OpenTask> openTasks,
      List<ClaimActions.Taken> actions,
      long version) {}

  /** A service line as the API returns it. */
  record LineView(
      int lineNumber,
      String procedureCode,
      List<String> modifiers,
      int units,
      BigDecimal charge,
      List<Integer> diagnosisPointers,
      Long authorizationId) {

    static LineView of(ClaimLine line) {
      return new LineView(
          line.getLineNumber(),
          line.getProcedureCode(),
          line.getModifiers(),
          line.getUnits(),
          line.getCharge(),
          line.getDiagnosisPointers(),
          line.getAuthorizationId());
    }
  }
}
