package org.continuum.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * A claim's defects. The queries of the claim lifecycle's clean path are written out: Hibernate
 * keeps the translation of a JPQL string, while a derived query builds and translates a criteria
 * query on every call (a few percent of a clean claim's CPU).
 */
interface ClaimDefectRepository extends JpaRepository<ClaimDefect, Long> {

  @Query("select d from ClaimDefect d where d.claimId = ?1 and d.resolvedAt is null order by d.id")
  List<ClaimDefect> findByClaimIdAndResolvedAtIsNullOrderById(Long claimId);

  @Query(
      "select d from ClaimDefect d where d.claimId = ?1 and d.stage = ?2 and d.resolvedAt is null")
  List<ClaimDefect> findByClaimIdAndStageAndResolvedAtIsNull(Long claimId, DefectStage stage);
}
