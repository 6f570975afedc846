package org.continuum.payer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.web.NotFoundException;
import org.continuum.web.UnprocessableException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A payer's fee schedules. Schedules are added, not edited: a claim is priced by the schedule in
 * force on its date of service, so a new contract year is a new schedule, and two schedules of one
 * payer may never be in force on the same day (which one would price the claim?).
 */
@RestController
@RequestMapping("/api/payers/{payerId}/fee-schedules")
class FeeScheduleController {

  private final PayerRepository payers;
  private final FeeScheduleRepository schedules;

  FeeScheduleController(PayerRepository payers, FeeScheduleRepository schedules) {
    this.payers = payers;
    this.schedules = schedules;
  }

  /** The payer's schedules, newest first. */
  @GetMapping
  @Transactional(readOnly = true)
  List<FeeScheduleView> list(@PathVariable long payerId) {
    if (!payers.existsById(payerId)) {
      throw new NotFoundException("Payer", payerId);
    }
    return schedules.findByPayerIdOrderByEffectiveFromDesc(payerId).stream()
        .map(FeeScheduleView::of)
        .toList();
  }

  @GetMapping("/{scheduleId}")
  @Transactional(readOnly = true)
  FeeScheduleView get(@PathVariable long payerId, @PathVariable long scheduleId) {
    return schedules
        .findByIdAndPayerId(scheduleId, payerId)
        .map(FeeScheduleView::of)
        .orElseThrow(() -> new NotFoundException("Fee schedule", scheduleId));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  FeeScheduleView create(
      @PathVariable long payerId, @Valid @RequestBody FeeScheduleRequest request) {
    // The lock makes concurrent schedules for one payer wait, so the overlap check sees them.
    payers.lockById(payerId).orElseThrow(() -> new NotFoundException("Payer", payerId));
    if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
      throw new UnprocessableException("effectiveTo", "must not be before effectiveFrom");
    }
    checkNoDuplicateEntries(request.entries());
    for (FeeSchedule existing : schedules.findByPayerIdOrderByEffectiveFromDesc(payerId)) {
      if (overlaps(existing, request)) {
        throw new UnprocessableException(
            "effectiveFrom",
            "overlaps fee schedule "
                + existing.getId()
                + " in force from "
                + existing.getEffectiveFrom()
                + (existing.getEffectiveTo() == null ? "" : " to " + existing.getEffectiveTo()));
      }
    }
    FeeSchedule schedule =
        new FeeSchedule(
            payerId,
            request.effectiveFrom(),
            request.effectiveTo(),
            request.entries().stream().map(EntryRequest::toEntry).toList());
    return FeeScheduleView.of(schedules.saveAndFlush(schedule));
  }

  private static boolean overlaps(FeeSchedule existing, FeeScheduleRequest request) {
    boolean startsBeforeExistingEnds =
        existing.getEffectiveTo() == null
            || !request.effectiveFrom().isAfter(existing.getEffectiveTo());
    boolean endsAfterExistingStarts =
        request.effectiveTo() == null
            || !request.effectiveTo().isBefore(existing.getEffectiveFrom());
    return startsBeforeExistingEnds && endsAfterExistingStarts;
  }

  private static void checkNoDuplicateEntries(List<EntryRequest> entries) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      EntryRequest entry = entries.get(i);
      String key = entry.procedureCode() + ":" + entry.modifierOrEmpty();
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        throw new UnprocessableException(
            "entries[" + i + "].procedureCode",
            "repeats entries[" + first + "]: one price per code and modifier");
      }
    }
  }

  /** A new fee schedule as the API accepts it; {@code effectiveTo} left out means open-ended. */
  record FeeScheduleRequest(
      @NotNull LocalDate effectiveFrom,
      LocalDate effectiveTo,
      @NotEmpty @Size(max = 2000) List<@NotNull @Valid EntryRequest> entries) {}

  /** One priced code; the modifier left out or empty prices the code whatever its modifier. */
  record EntryRequest(
      @NotBlank
          @Pattern(
              regexp = PayerController.PROCEDURE_CODE,
              message = PayerController.PROCEDURE_CODE_MESSAGE)
          String procedureCode,
      @Pattern(regexp = "([A-Z0-9]{2})?", message = "must be a two-character modifier or empty")
          String modifier,
      @NotNull
          @DecimalMin(value = "0.00", message = "must not be negative")
          @Digits(integer = 10, fraction = 2, message = "must be an amount with at most 2 decimals")
          BigDecimal chargeAmount,
      @NotNull
          @DecimalMin(value = "0.00", message = "must not be negative")
          @Digits(integer = 10, fraction = 2, message = "must be an amount with at most 2 decimals")
          BigDecimal contractedAmount) {

    String modifierOrEmpty() {
      return modifier == null ? "" : modifier;
    }

    FeeScheduleEntry toEntry() {
      return new FeeScheduleEntry(
          procedureCode, modifierOrEmpty(), chargeAmount.setScale(2), contractedAmount.setScale(2));
    }
  }

  /** A fee schedule as the API returns it. */
  record FeeScheduleView(
      Long id,
      Long payerId,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      List<EntryView> entries) {

    static FeeScheduleView of(FeeSchedule s) {
      return new FeeScheduleView(
          s.getId(),
          s.getPayerId(),
          s.getEffectiveFrom(),
          s.getEffectiveTo(),
          s.getEntries().stream().map(EntryView::of).toList());
    }
  }

  /** One priced code as the API returns it. */
  record EntryView(
      String procedureCode, String modifier, BigDecimal chargeAmount, BigDecimal contractedAmount) {

    static EntryView of(FeeScheduleEntry e) {
      return new EntryView(
          e.getProcedureCode(), e.getModifier(), e.getChargeAmount(), e.getContractedAmount());
    }
  }
}
