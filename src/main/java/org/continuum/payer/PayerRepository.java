package org.continuum.payer;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Payers by id or code. */
public interface PayerRepository extends JpaRepository<Payer, Long> {

  Optional<Payer> findByCode(String code);

  List<Payer> findByActive(boolean active, Pageable page);

  /**
   * The payer, locked until the transaction ends: changes that must see all of a payer's fee
   * schedules (no two in force on one day) take this lock first, so they run one after the other.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Payer p where p.id = :id")
  Optional<Payer> lockById(Long id);
}
