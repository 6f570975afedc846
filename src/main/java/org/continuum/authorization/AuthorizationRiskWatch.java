package org.continuum.authorization;

import java.util.Optional;
import org.continuum.appointment.AppointmentsChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Looks again at an authorization whenever its usage or its patient's bookings change, and
 * announces it as at risk when few units are left or booked visits outrun them: a renewal started
 * then reaches the payer before the visits that need it.
 */
@Component
class AuthorizationRiskWatch {

  private final AuthorizationRepository authorizations;
  private final AuthorizationForecasts forecasts;
  private final ApplicationEventPublisher events;
  private final int thresholdUnits;

  AuthorizationRiskWatch(
      AuthorizationRepository authorizations,
      AuthorizationForecasts forecasts,
      ApplicationEventPublisher events,
      @Value("${continuum.authorization.renewal-threshold-units:3}") int thresholdUnits) {
    this.authorizations = authorizations;
    this.forecasts = forecasts;
    this.events = events;
    this.thresholdUnits = thresholdUnits;
  }

  @EventListener
  void on(AppointmentsChanged changed) {
    for (Long patientId : changed.patientIds()) {
      authorizations.findByPatientIdOrderByStartDateDesc(patientId).stream()
          .filter(a -> a.getStatus() == AuthorizationStatus.ACTIVE)
          .forEach(a -> check(a.getId()));
    }
  }

  /** Announces the authorization when it is at risk now. */
  void check(long authorizationId) {
    risk(forecasts.find(authorizationId))
        .ifPresent(reason -> events.publishEvent(new AuthorizationAtRisk(authorizationId, reason)));
  }

  /** Why the authorization should be renewed now, or empty when the lead time is soon enough. */
  Optional<String> risk(Authorization authorization) {
    if (authorization.getStatus() != AuthorizationStatus.ACTIVE) {
      return Optional.empty();
    }
    AuthorizationBurnDown burnDown = forecasts.burnDown(authorization);
    if (burnDown.remaining() <= thresholdUnits) {
      return Optional.of(
          burnDown.remaining()
              + " of "
              + burnDown.approved()
              + " units left (renewal threshold "
              + thresholdUnits
              + ").");
    }
    if (burnDown.runsOutBeforeEndDate()) {
      return Optional.of(
          burnDown.scheduled()
              + " booked visits need more than the "
              + burnDown.remaining()
              + " units left; the last unit goes on "
              + burnDown.forecastExhaustionDate()
              + ", before the end date "
              + authorization.getEndDate()
              + ".");
    }
    return Optional.empty();
  }
}
