package org.continuum.practice;

import org.springframework.data.jpa.repository.JpaRepository;

/** The organisation (one per installation today). */
public interface OrganisationRepository extends JpaRepository<Organisation, Long> {}
