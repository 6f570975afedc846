package org.continuum.payer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the practice charges a payer and what the contract says the payer pays, per code and
 * modifier, for a span of dates. A new contract year is a new schedule, so old claims keep the
 * amounts in force on their date of service.
 */
@Entity
@Table(name = "fee_schedule")
public class FeeSchedule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_schedule_seq")
  @SequenceGenerator(
      name = "fee_schedule_seq",
      sequenceName = "fee_schedule_seq",
      allocationSize = 50)
  private Long id;

  private Long payerId;
  private LocalDate effectiveFrom;
  private LocalDate effectiveTo;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "fee_schedule_id", nullable = false)
  @OrderBy("procedureCode, modifier")
  private List<FeeScheduleEntry> entries = new ArrayList<>();

  protected FeeSchedule() {}

  public FeeSchedule(
      Long payerId,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      List<FeeScheduleEntry> entries) {
    this.payerId = payerId;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.entries.addAll(entries);
  }

  /** Whether this schedule is in force on a date. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  /**
   * The entry for a code with a modifier, falling back to the code's entry without modifier: most
   * contracts price a code the same whatever its telehealth modifier.
   */
  public Optional<FeeScheduleEntry> entryFor(String procedureCode, String modifier) {
    String wanted = modifier == null ? "" : modifier;
    return entries.stream()
        .filter(e -> e.getProcedureCode().equals(procedureCode) && e.getModifier().equals(wanted))
        .findFirst()
        .or(
            () ->
                entries.stream()
                    .filter(
                        e ->
                            e.getProcedureCode().equals(procedureCode) && e.getModifier().isEmpty())
                    .findFirst());
  }

  public Long getId() {
    return id;
  }

  public Long getPayerId() {
    return payerId;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveTo() {
    return effectiveTo;
  }

  public List<FeeScheduleEntry> getEntries() {
    return List.copyOf(entries);
  }
}
