package org.continuum.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuum.appointment.Appointment;
import org.continuum.appointment.AppointmentStatus;
import org.junit.jupiter.api.Test;

/** The forecast arithmetic: which booked visits count and when the last unit goes. */
class AuthorizationBurnDownTests {

  private static final long PATIENT = 7L;
  private static final long CLINICIAN = 21L;
  private static final long COLLEAGUE = 22L;
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate END = LocalDate.of(2026, 4, 30);

  @Test
  void withNoAppointmentsNothingIsScheduledAndTheUnitsSuffice() {
    AuthorizationBurnDown burnDown =
        AuthorizationBurnDown.of(authorization(12, null), 4, List.of(), TODAY);

    assertThat(burnDown).isEqualTo(new AuthorizationBurnDown(12, 4, 0, 8, null, false));
  }

  @Test
  void enoughUnitsForEveryBookedVisitForecastNoExhaustion() {
    List<Appointment> weekly = weekly(CLINICIAN, "90837", 8);

    AuthorizationBurnDown burnDown =
        AuthorizationBurnDown.of(authorization(12, null), 4, weekly, TODAY);

    assertThat(burnDown.scheduled()).isEqualTo(8);
    assertThat(burnDown.remaining()).isEqualTo(8);
    assertThat(burnDown.forecastExhaustionDate()).isNull();
    assertThat(burnDown.runsOutBeforeEndDate()).isFalse();
  }

  @Test
  void forecastsTheVisitThatUsesTheLastUnitWhenVisitsOutrunTheUnits() {
    List<Appointment> weekly = weekly(CLINICIAN, "90837", 8);

    AuthorizationBurnDown burnDown =
        AuthorizationBurnDown.of(authorization(12, null), 9, weekly, TODAY);

    assertThat(burnDown.remaining()).isEqualTo(3);
    assertThat(burnDown.scheduled()).isEqualTo(8);
    assertThat(burnDown.forecastExhaustionDate()).isEqualTo(TODAY.plusWeeks(2));
    assertThat(burnDown.runsOutBeforeEndDate()).isTrue();
    assertThat(AuthorizationBurnDown.affected(authorization(12, null), 9, weekly, TODAY))
        .extracting(Appointment::getScheduledDate)
        .containsExactly(
            TODAY.plusWeeks(3),
            TODAY.plusWeeks(4),
            TODAY.plusWeeks(5),
            TODAY.plusWeeks(6),
            TODAY.plusWeeks(7));
  }

  @Test
  void aClinicianRestrictedAuthorizationIgnoresOtherCliniciansVisits() {
    List<Appointment> booked = new ArrayList<>(weekly(CLINICIAN, "90837", 2));
    booked.addAll(weekly(COLLEAGUE, "90837", 6));

    AuthorizationBurnDown burnDown =
        AuthorizationBurnDown.of(authorization(4, CLINICIAN), 0, booked, TODAY);

    assertThat(burnDown.scheduled()).isEqualTo(2);
    assertThat(burnDown.runsOutBeforeEndDate()).isFalse();
  }

  @Test
  void cancelledVisitsOtherCodesAndVisitsOutsideTheDatesAreIgnored() {
    List<Appointment> booked =
        List.of(
            appointment(CLINICIAN, "90837", TODAY.plusDays(1), AppointmentStatus.CANCELLED),
            appointment(CLINICIAN, "90837", TODAY.plusDays(2), AppointmentStatus.COMPLETED),
            appointment(CLINICIAN, "90834", TODAY.plusDays(3), AppointmentStatus.SCHEDULED),
            appointment(CLINICIAN, "90837", TODAY.minusDays(1), AppointmentStatus.SCHEDULED),
            appointment(CLINICIAN, "90837", END.plusDays(1), AppointmentStatus.SCHEDULED),
            appointment(CLINICIAN, "90837", END, AppointmentStatus.SCHEDULED));

    AuthorizationBurnDown burnDown =
        AuthorizationBurnDown.of(authorization(1, null), 0, booked, TODAY);

    assertThat(burnDown).isEqualTo(new AuthorizationBurnDown(1, 0, 1, 1, null, false));
  }

  @Test
  void withNoUnitLeftEveryBookedVisitIsUncoveredAndNoVisitUsesTheLastUnit() {
    List<Appointment> weekly = weekly(CLINICIAN, "90837", 2);

    AuthorizationBurnDown burnDown =
        AuthorizationBurnDown.of(authorization(6, null), 6, weekly, TODAY);

    assertThat(burnDown).isEqualTo(new AuthorizationBurnDown(6, 6, 2, 0, null, true));
  }

  @Test
  void everyUpcomingVisitIsAffectedOnceTheAuthorizationHasLapsed() {
    Authorization lapsed =
        new Authorization(
            PATIENT,
            3L,
            "PA-1",
            List.of("90837"),
            12,
            LocalDate.of(2026, 1, 1),
            END,
            null,
            AuthorizationStatus.EXPIRED);

    assertThat(AuthorizationBurnDown.affected(lapsed, 2, weekly(CLINICIAN, "90837", 3), TODAY))
        .hasSize(3);
  }

  private static Authorization authorization(int units, Long clinicianId) {
    return new Authorization(
        PATIENT,
        3L,
        "PA-1",
        List.of("90837", "H0004"),
        units,
        LocalDate.of(2026, 1, 1),
        END,
        clinicianId,
        AuthorizationStatus.ACTIVE);
  }

  private static List<Appointment> weekly(long clinicianId, String code, int visits) {
    List<Appointment> booked = new ArrayList<>();
    for (int week = 0; week < visits; week++) {
      booked.add(
          appointment(clinicianId, code, TODAY.plusWeeks(week), AppointmentStatus.SCHEDULED));
    }
    return booked;
  }

  private static Appointment appointment(
      long clinicianId, String code, LocalDate date, AppointmentStatus status) {
    return new Appointment(PATIENT, clinicianId, code, date, status);
  }
}
