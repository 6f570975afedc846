package org.continuum.practice;

import org.springframework.data.jpa.repository.JpaRepository;

/** Billing providers of the organisation. */
public interface BillingProviderRepository extends JpaRepository<BillingProvider, Long> {}
