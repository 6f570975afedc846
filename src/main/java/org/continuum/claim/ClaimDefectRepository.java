package org.continuum.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimDefectRepository extends JpaRepository<ClaimDefect, Long> {

  List<ClaimDefect> findByClaimIdAndResolvedAtIsNullOrderById(Long claimId);

  List<ClaimDefect> findByClaimIdAndStageAndResolvedAtIsNull(Long claimId, DefectStage stage);
}
