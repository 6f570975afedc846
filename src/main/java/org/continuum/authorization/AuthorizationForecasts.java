package org.continuum.authorization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.continuum.appointment.Appointment;
import org.continuum.appointment.AppointmentRepository;
import org.continuum.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what a burn-down needs: the authorization, its units used as the row holds them now (a
 * claim may have spent one in this very transaction, past the entity the session cached) and the
 * patient's bookings from today on.
 */
@Component
class AuthorizationForecasts {

  private final AuthorizationRepository authorizations;
  private final AppointmentRepository appointments;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  AuthorizationForecasts(
      AuthorizationRepository authorizations,
      AppointmentRepository appointments,
      JdbcTemplate jdbc,
      ObjectProvider<Clock> clock) {
    this.authorizations = authorizations;
    this.appointments = appointments;
    this.jdbc = jdbc;
    this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Authorization find(long authorizationId) {
    return authorizations
        .findById(authorizationId)
        .orElseThrow(() -> new NotFoundException("Authorization", authorizationId));
  }

  AuthorizationBurnDown burnDown(Authorization authorization) {
    return AuthorizationBurnDown.of(
        authorization, unitsUsedNow(authorization), upcoming(authorization), today());
  }

  List<Appointment> affected(Authorization authorization) {
    return AuthorizationBurnDown.affected(
        authorization, unitsUsedNow(authorization), upcoming(authorization), today());
  }

  private List<Appointment> upcoming(Authorization authorization) {
    return appointments.findByPatientIdAndScheduledDateGreaterThanEqualOrderByScheduledDateAscIdAsc(
        authorization.getPatientId(), today());
  }

  private int unitsUsedNow(Authorization authorization) {
    Integer used =
        jdbc.queryForObject(
            "select units_used from authorization_grant where id = ?",
            Integer.class,
            authorization.getId());
    return used == null ? authorization.getUnitsUsed() : used;
  }
}
