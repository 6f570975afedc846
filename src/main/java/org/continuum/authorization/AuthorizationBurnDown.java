package org.continuum.authorization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.continuum.appointment.Appointment;
import org.continuum.appointment.AppointmentStatus;

/**
 * How an authorization's units will run down if the patient keeps the visits already booked.
 * Scheduled units are the patient's SCHEDULED appointments from today to the end date with a code
 * the authorization covers (and its clinician, when it names one). The forecast exhaustion date is
 * the day of the visit that uses the last unit while more visits are booked after it; when the
 * units suffice for everything booked it is null. With no unit left and visits still booked there
 * is no such visit: the date is null and the authorization still runs out before its end date.
 *
 * @param approved units the payer approved
 * @param used units claims have consumed
 * @param scheduled units booked visits will need before the end date
 * @param remaining units still available to claims (approved minus used)
 * @param forecastExhaustionDate the day the last unit goes, when booked visits outrun the units
 * @param runsOutBeforeEndDate whether booked visits need more units than remain
 */
public record AuthorizationBurnDown(
    int approved,
    int used,
    int scheduled,
    int remaining,
    LocalDate forecastExhaustionDate,
    boolean runsOutBeforeEndDate) {

  /** The burn-down of an authorization with {@code used} units used, as of {@code today}. */
  public static AuthorizationBurnDown of(
      Authorization authorization, int used, List<Appointment> appointments, LocalDate today) {
    List<Appointment> booked = bookedWithin(authorization, appointments, today);
    int remaining = Math.max(0, authorization.getUnitsApproved() - used);
    boolean runsOut = booked.size() > remaining;
    LocalDate exhaustion =
        runsOut && remaining > 0 ? booked.get(remaining - 1).getScheduledDate() : null;
    return new AuthorizationBurnDown(
        authorization.getUnitsApproved(), used, booked.size(), remaining, exhaustion, runsOut);
  }

  /**
   * Booked visits this authorization will not pay for: all of them from today once it is no longer
   * active; otherwise those after its end date or beyond its remaining units.
   */
  public static List<Appointment> affected(
      Authorization authorization, int used, List<Appointment> appointments, LocalDate today) {
    List<Appointment> upcoming =
        appointments.stream()
            .filter(a -> covers(authorization, a))
            .filter(a -> !a.getScheduledDate().isBefore(today))
            .sorted(BY_DATE)
            .toList();
    if (authorization.getStatus() != AuthorizationStatus.ACTIVE) {
      return upcoming;
    }
    List<Appointment> booked = bookedWithin(authorization, appointments, today);
    int remaining = Math.max(0, authorization.getUnitsApproved() - used);
    List<Appointment> beyondUnits =
        booked.size() > remaining ? booked.subList(remaining, booked.size()) : List.of();
    return upcoming.stream()
        .filter(
            a ->
                a.getScheduledDate().isAfter(authorization.getEndDate()) || beyondUnits.contains(a))
        .toList();
  }

  private static final Comparator<Appointment> BY_DATE =
      Comparator.comparing(Appointment::getScheduledDate)
          .thenComparing(Appointment::getId, Comparator.nullsLast(Comparator.naturalOrder()));

  private static List<Appointment> bookedWithin(
      Authorization authorization, List<Appointment> appointments, LocalDate today) {
    LocalDate from =
        today.isAfter(authorization.getStartDate()) ? today : authorization.getStartDate();
    return appointments.stream()
        .filter(a -> covers(authorization, a))
        .filter(a -> !a.getScheduledDate().isBefore(from))
        .filter(a -> !a.getScheduledDate().isAfter(authorization.getEndDate()))
        .sorted(BY_DATE)
        .toList();
  }

  private static boolean covers(Authorization authorization, Appointment appointment) {
    return appointment.getStatus() == AppointmentStatus.SCHEDULED
        && appointment.getPatientId().equals(authorization.getPatientId())
        && authorization.getProcedureCodes().contains(appointment.getProcedureCode())
        && (authorization.getRenderingClinicianId() == null
            || authorization.getRenderingClinicianId().equals(appointment.getClinicianId()));
  }
}
