package org.continuum.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Billing providers of the organisation. */
public interface BillingProviderRepository extends JpaRepository<BillingProvider, Long> {

  List<BillingProvider> findByOrganisationIdOrderById(Long organisationId);

  /**
   * The first billing provider set up, which every new claim bills under. Written out: every
   * recorded session asks, and Hibernate keeps the translation of a JPQL string.
   */
  @Query("select min(b.id) from BillingProvider b")
  Optional<Long> firstId();

  Optional<BillingProvider> findByNpi(String npi);
}
