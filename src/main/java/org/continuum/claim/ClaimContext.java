package org.continuum.claim;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.continuum.payer.FeeSchedule;
import org.continuum.payer.FeeScheduleRepository;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.BillingProviderRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.Coverage;
import org.continuum.session.TherapySession;
import org.hibernate.Hibernate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Looks up what a claim's rules need beyond the claim itself: the session, the payer with its
 * profile and fee schedule in force, and the rendering clinician.
 *
 * <p>The reference data among them (payers, profiles, fee schedules, clinicians, the billing
 * provider) is read once and kept in memory, under the number in {@code reference_data_version}
 * that every write to those tables moves (migration V172): each transaction asks the database for
 * that number once, one row, and reads the data again when it has moved. A change made through any
 * node reaches every node's next transaction; the lifecycle no longer reads a payer's profile, its
 * fee schedule with every entry, and the clinician from the database at each step of each claim.
 * The kept objects are shared between threads and only read. Reference data is changed by requests
 * of its own (the payer, fee schedule and clinician APIs), never in a transaction that also codes a
 * claim, so what is kept is always committed data.
 */
@Component
class ClaimContext {

  private final EntityManager entityManager;
  private final PayerRepository payers;
  private final PayerProfileRepository profiles;
  private final FeeScheduleRepository feeSchedules;
  private final ClinicianRepository clinicians;
  private final BillingProviderRepository billingProviders;
  private final ClaimRepository claims;
  private final JdbcTemplate jdbc;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(-1));

  ClaimContext(
      EntityManager entityManager,
      PayerRepository payers,
      PayerProfileRepository profiles,
      FeeScheduleRepository feeSchedules,
      ClinicianRepository clinicians,
      BillingProviderRepository billingProviders,
      ClaimRepository claims,
      JdbcTemplate jdbc) {
    this.claims = claims;
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.payers = payers;
    this.profiles = profiles;
    this.feeSchedules = feeSchedules;
    this.clinicians = clinicians;
    this.billingProviders = billingProviders;
  }

  /** The payer, its rules and the rendering clinician of a session. */
  record Parties(Payer payer, PayerProfile profile, Clinician clinician) {}

  Parties partiesOf(TherapySession session) {
    // the intake loaded the coverage a moment ago: a hit in the persistence context, which the
    // repository's proxies cost more than
    Coverage coverage = entityManager.find(Coverage.class, session.getCoverageId());
    if (coverage == null) {
      throw new IllegalStateException("Coverage of a session is gone");
    }
    return parties(coverage.getPayerId(), session.getClinicianId());
  }

  Parties parties(Long payerId, Long clinicianId) {
    Snapshot known = current();
    Payer payer =
        known.read(known.payers, payerId, id -> payers.findById(id), () -> "Payer is gone");
    PayerProfile profile =
        known.read(
            known.profiles,
            payerId,
            id -> profiles.findById(id),
            () -> "Payer " + payer.getCode() + " has no profile");
    Clinician clinician =
        known.read(
            known.clinicians,
            clinicianId,
            id -> clinicians.findById(id),
            () -> "Clinician is gone");
    return new Parties(payer, profile, clinician);
  }

  Optional<Long> billingProviderId() {
    Snapshot known = current();
    Optional<Long> first = known.billingProvider;
    if (first == null) {
      first = billingProviders.firstId();
      known.billingProvider = first;
    }
    return first;
  }

  Optional<FeeSchedule> feeScheduleFor(Long payerId, java.time.LocalDate dateOfService) {
    Snapshot known = current();
    List<FeeSchedule> schedules = known.feeSchedules.get(payerId);
    if (schedules == null) {
      schedules =
          feeSchedules.findByPayerIdOrderByEffectiveFromDesc(payerId).stream()
              .map(Hibernate::unproxy)
              .map(FeeSchedule.class::cast)
              .toList();
      known.feeSchedules.putIfAbsent(payerId, schedules);
    }
    return schedules.stream().filter(f -> f.inForceOn(dateOfService)).findFirst();
  }

  /**
   * What this node holds for the reference data version this transaction sees: the held snapshot
   * when the version is the same, otherwise a new empty one, held from now on. The version is read
   * before any row, so a snapshot never holds rows older than its version. It is read once per
   * transaction: a claim's job asks for its parties at every step, and the same answer nine times
   * over cost a query each (README, "Claim throughput").
   */
  private Snapshot current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return forVersion(readVersion());
    }
    Snapshot bound = (Snapshot) TransactionSynchronizationManager.getResource(this);
    if (bound != null) {
      return bound;
    }
    Snapshot known = forVersion(readVersion());
    TransactionSynchronizationManager.bindResource(this, known);
    TransactionSynchronizationManager.registerSynchronization(new Unbind());
    return known;
  }

  private long readVersion() {
    return jdbc.queryForObject("select version from reference_data_version", Long.class);
  }

  private Snapshot forVersion(long version) {
    Snapshot known = snapshot.get();
    if (known.version == version) {
      return known;
    }
    Snapshot fresh = new Snapshot(version);
    snapshot.compareAndSet(known, fresh);
    return fresh;
  }

  /**
   * Lets go of the transaction's snapshot when it ends, and while an inner transaction of its own
   * runs, which reads the version again.
   */
  private final class Unbind implements TransactionSynchronization {
    private Object suspended;

    @Override
    public void suspend() {
      suspended = TransactionSynchronizationManager.unbindResourceIfPossible(ClaimContext.this);
    }

    @Override
    public void resume() {
      if (suspended != null) {
        TransactionSynchronizationManager.bindResource(ClaimContext.this, suspended);
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(ClaimContext.this);
    }
  }

  /** Reference data read under one version of it. */
  private static final class Snapshot {
    final long version;
    final Map<Long, Payer> payers = new ConcurrentHashMap<>();
    final Map<Long, PayerProfile> profiles = new ConcurrentHashMap<>();
    final Map<Long, Clinician> clinicians = new ConcurrentHashMap<>();
    final Map<Long, List<FeeSchedule>> feeSchedules = new ConcurrentHashMap<>();

    /** Null until read. */
    volatile Optional<Long> billingProvider;

    Snapshot(long version) {
      this.version = version;
    }

    /** The held row, or the one read now (held from then on); an error naming what is gone. */
    <T> T read(
        Map<Long, T> held, Long id, Function<Long, Optional<T>> find, Supplier<String> gone) {
      if (id == null) {
        throw new IllegalStateException(gone.get());
      }
      T row = held.get(id);
      if (row == null) {
        @SuppressWarnings("unchecked")
        T found =
            (T)
                Hibernate.unproxy(
                    find.apply(id).orElseThrow(() -> new IllegalStateException(gone.get())));
        row = found;
        held.putIfAbsent(id, row);
      }
      return row;
    }
  }

  /**
   * Codes the claim's lines afresh from the session's current facts. Lines already coded exactly so
   * are kept, with any authorization they hold; otherwise every line is dropped and built again,
   * the removal written first so that line numbers stay unique.
   */
  void code(Claim claim, TherapySession session, Parties parties) {
    ClaimCoder.Coding coding =
        ClaimCoder.code(
            session,
            parties.profile(),
            parties.clinician().getCredential(),
            feeScheduleFor(parties.payer().getId(), session.getDateOfService()));
    claim.setPlaceOfService(coding.placeOfService());
    if (claim.isCodedAs(coding.lines())) {
      return;
    }
    if (!claim.getLines().isEmpty()) {
      claim.clearLines();
      claims.flush();
    }
    for (ClaimCoder.CodedLine line : coding.lines()) {
      claim.addLine(
          line.procedureCode(),
          line.modifiers(),
          line.units(),
          line.charge(),
          line.diagnosisPointers());
    }
  }
}
