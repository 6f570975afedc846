package org.continuum.appeal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppealLetterRepository extends JpaRepository<AppealLetter, Long> {

  List<AppealLetter> findByClaimIdOrderByCreatedAtAscIdAsc(Long claimId);

  Optional<AppealLetter> findByIdAndClaimId(Long id, Long claimId);

  Optional<AppealLetter> findByClaimIdAndOccasion(Long claimId, String occasion);

  /** A newer draft replaces the older drafts of the same level; final letters stay. */
  @Modifying
  @Query("delete from AppealLetter l where l.claimId = ?1 and l.level = ?2 and l.status = 'DRAFT'")
  void deleteDrafts(Long claimId, int level);
}
