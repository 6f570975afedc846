package org.continuum.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Billing providers of the organisation. */
public interface BillingProviderRepository extends JpaRepository<BillingProvider, Long> {

  List<BillingProvider> findByOrganisationIdOrderById(Long organisationId);

  Optional<BillingProvider> findByNpi(String npi);
}
