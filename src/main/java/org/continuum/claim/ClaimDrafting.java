package org.continuum.claim;

import java.util.Optional;
import org.continuum.session.SessionBilling;
import org.continuum.session.TherapySession;
import org.continuum.web.UnprocessableException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Opens the claim of a newly recorded session: payer from the coverage, the practice's billing
 * provider, lines coded from the session, and a {@link ClaimCreated} event that starts the claim
 * lifecycle in the same transaction.
 */
@Service
class ClaimDrafting implements SessionBilling {

  private final ClaimRepository claims;
  private final ClaimContext context;
  private final ApplicationEventPublisher events;

  ClaimDrafting(ClaimRepository claims, ClaimContext context, ApplicationEventPublisher events) {
    this.claims = claims;
    this.context = context;
    this.events = events;
  }

  @Override
  public long openClaimFor(TherapySession session) {
    ClaimContext.Parties parties = context.partiesOf(session);
    Long billingProviderId =
        context
            .billingProviderId()
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "billingProvider", "no billing provider is set up for the practice"));
    Claim claim =
        new Claim(
            session.getId(),
            session.getPatientId(),
            session.getCoverageId(),
            parties.payer().getId(),
            billingProviderId,
            session.getClinicianId(),
            session.getDateOfService());
    context.code(claim, session, parties);
    claim = claims.save(claim); // inserted with the session at commit: one flush, not two
    events.publishEvent(new ClaimCreated(claim.getId()));
    return claim.getId();
  }

  @Override
  public Optional<Long> claimOf(long sessionId) {
    return claims.findBySessionId(sessionId).map(Claim::getId);
  }
}
