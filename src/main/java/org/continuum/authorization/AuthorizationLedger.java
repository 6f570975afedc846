package org.continuum.authorization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spends authorized units on claim lines and gives them back. The spend is one conditional UPDATE
 * that succeeds only while the authorization is ACTIVE and units are left, so two claims racing for
 * the last unit cannot both get it; the loser sees no row changed and tries the next authorization,
 * or is told why none covers the service. A release is the mirror image and never goes below zero.
 * After a spend the authorization is looked at again: few units left start its renewal early.
 */
@Service
public class AuthorizationLedger {

  private final AuthorizationRepository authorizations;
  private final JdbcTemplate jdbc;
  private final AuthorizationRiskWatch riskWatch;
  private final AuthorizationForecasts forecasts;

  AuthorizationLedger(
      AuthorizationRepository authorizations,
      JdbcTemplate jdbc,
      AuthorizationRiskWatch riskWatch,
      AuthorizationForecasts forecasts) {
    this.authorizations = authorizations;
    this.jdbc = jdbc;
    this.riskWatch = riskWatch;
    this.forecasts = forecasts;
  }

  /** A service that needs authorized units. */
  public record UnitRequest(
      long patientId,
      long payerId,
      String procedureCode,
      LocalDate dateOfService,
      long renderingClinicianId,
      int units) {}

  /**
   * The outcome: the authorization that gave the units, or (authorizationId null) a plain sentence
   * saying why none did.
   */
  public record Spend(Long authorizationId, String authorizationNumber, String shortfall) {
    public boolean covered() {
      return authorizationId != null;
    }
  }

  @Transactional
  public Spend spend(UnitRequest request) {
    List<Authorization> candidates =
        authorizations.findByPatientIdOrderByStartDateDesc(request.patientId()).stream()
            .filter(a -> a.getPayerId().equals(request.payerId()))
            .toList();
    Authorization outrun = null;
    for (Authorization a : candidates) {
      if (a.covers(request.procedureCode(), request.dateOfService(), request.renderingClinicianId())
          && a.unitsRemaining() >= request.units()) {
        if (take(a.getId(), request.units())) {
          riskWatch.check(a.getId());
          return new Spend(a.getId(), a.getAuthorizationNumber(), null);
        }
        outrun = a;
      }
    }
    if (outrun != null) {
      return new Spend(null, null, unitsLeftNow(outrun, request.units()));
    }
    return new Spend(null, null, shortfall(request, candidates));
  }

  /**
   * Gives back one unit a claim line had used, when the claim is voided or the line denied for a
   * reason that returns the unit. An authorization closed as EXHAUSTED opens again while its end
   * date has not passed.
   *
   * @return whether a unit was given back (false when none was used or the id names nothing)
   */
  @Transactional
  public boolean release(long authorizationId) {
    return release(authorizationId, 1);
  }

  /**
   * Gives back the units of one claim line; never more than were used.
   *
   * @return whether units were given back
   */
  @Transactional
  public boolean release(long authorizationId, int units) {
    return jdbc.update(
            "update authorization_grant set units_used = greatest(0, units_used - ?),"
                + " version = version + 1,"
                + " status = case when status = 'EXHAUSTED' and end_date >= ? then 'ACTIVE'"
                + " else status end"
                + " where id = ? and units_used > 0",
            units,
            forecasts.today(),
            authorizationId)
        == 1;
  }

  private boolean take(long authorizationId, int units) {
    return jdbc.update(
            "update authorization_grant set units_used = units_used + ?, version = version + 1"
                + " where id = ? and status = 'ACTIVE' and units_used + ? <= units_approved",
            units,
            authorizationId,
            units)
        == 1;
  }

  /** The units another claim left over a moment ago, read from the row rather than the entity. */
  private String unitsLeftNow(Authorization a, int units) {
    Integer left =
        jdbc.queryForObject(
            "select units_approved - units_used from authorization_grant where id = ?",
            Integer.class,
            a.getId());
    return "Authorization "
        + a.getAuthorizationNumber()
        + " has "
        + left
        + " of "
        + a.getUnitsApproved()
        + " units left; this line needs "
        + units
        + ".";
  }

  private static String shortfall(UnitRequest request, List<Authorization> candidates) {
    String code = request.procedureCode();
    LocalDate date = request.dateOfService();
    List<Authorization> forCode =
        candidates.stream().filter(a -> a.getProcedureCodes().contains(code)).toList();
    if (forCode.isEmpty()) {
      return "No authorization on file for " + code + " with this payer.";
    }
    List<Authorization> active =
        forCode.stream().filter(a -> a.getStatus() == AuthorizationStatus.ACTIVE).toList();
    if (active.isEmpty()) {
      Authorization a = forCode.get(0);
      return "Authorization " + a.getAuthorizationNumber() + " is " + a.getStatus() + ".";
    }
    List<Authorization> onDate =
        active.stream()
            .filter(a -> !date.isBefore(a.getStartDate()) && !date.isAfter(a.getEndDate()))
            .toList();
    if (onDate.isEmpty()) {
      Authorization a = active.get(0);
      return "Authorization "
          + a.getAuthorizationNumber()
          + " runs "
          + a.getStartDate()
          + " to "
          + a.getEndDate()
          + "; the session was on "
          + date
          + ".";
    }
    List<Authorization> forClinician =
        onDate.stream()
            .filter(
                a ->
                    a.getRenderingClinicianId() == null
                        || a.getRenderingClinicianId().equals(request.renderingClinicianId()))
            .toList();
    if (forClinician.isEmpty()) {
      return "Authorization "
          + onDate.get(0).getAuthorizationNumber()
          + " names another rendering clinician.";
    }
    Authorization a = forClinician.get(0);
    return "Authorization "
        + a.getAuthorizationNumber()
        + " has "
        + a.unitsRemaining()
        + " of "
        + a.getUnitsApproved()
        + " units left; this line needs "
        + request.units()
        + ".";
  }
}
