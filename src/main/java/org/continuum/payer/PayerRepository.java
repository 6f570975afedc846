package org.continuum.payer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Payers by id or code. */
public interface PayerRepository extends JpaRepository<Payer, Long> {

  Optional<Payer> findByCode(String code);
}
