package org.continuum.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimActionRepository extends JpaRepository<ClaimAction, Long> {

  List<ClaimAction> findByClaimIdOrderByAtAscIdAsc(Long claimId);

  boolean existsByClaimIdAndOccasion(Long claimId, String occasion);
}
