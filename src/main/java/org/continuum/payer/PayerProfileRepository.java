package org.continuum.payer;

import org.springframework.data.jpa.repository.JpaRepository;

/** Payer profiles, keyed by the payer's id. */
public interface PayerProfileRepository extends JpaRepository<PayerProfile, Long> {}
