package org.continuum.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.continuum.web.UnprocessableException;
import org.springframework.stereotype.Service;

/**
 * Appeal deadlines and wording per claim: the payer profile's windows decide the levels and their
 * deadlines, the payer family names the levels (Medicare's five have names a payer expects to
 * read), and the denial's category gives the biller a first argument to edit rather than a blank
 * page.
 */
@Service
public class Appeals {

  private static final List<String> MEDICARE_LEVELS =
      List.of(
          "Request for redetermination",
          "Request for reconsideration by the Qualified Independent Contractor",
          "Request for an Administrative Law Judge hearing",
          "Request for Medicare Appeals Council review",
          "Request for judicial review in federal district court");

  private final DeniedClaimFacts facts;

  Appeals(DeniedClaimFacts facts) {
    this.facts = facts;
  }

  /** The deadline of the appeal at a level, from the decision it appeals. */
  public AppealDeadline deadline(long claimId, LocalDate decidedOn, int level) {
    return AppealDeadline.of(decidedOn, facts.of(claimId).appealWindowDays(), level);
  }

  /** The level after this one, if the claim's payer has one. */
  public Optional<Integer> nextLevel(long claimId, int level) {
    return AppealDeadline.nextLevel(facts.of(claimId).appealWindowDays(), level);
  }

  /** The letter's title at a level for the claim's payer. */
  public String title(long claimId, int level) {
    return title(facts.of(claimId).payerFamily(), level);
  }

  /** The letter's title at a level: Medicare's names, else "Level n appeal". */
  public static String title(String payerFamily, int level) {
    if ("MEDICARE".equals(payerFamily) && level >= 1 && level <= MEDICARE_LEVELS.size()) {
      return MEDICARE_LEVELS.get(level - 1) + " (level " + level + ")";
    }
    return "Level " + level + " appeal of a claim denial";
  }

  /** A first argument for the biller to edit, by the denial's category. */
  public static String draftArgument(String category) {
    String argument =
        switch (String.valueOf(category)) {
          case "AUTHORIZATION" ->
              "The service was rendered under the authorization shown above, within its dates,"
                  + " codes and units. We ask that the claim be reprocessed against it.";
          case "MEDICAL_NECESSITY" ->
              "The documentation shows the session was medically necessary: the treatment plan is"
                  + " current and the documented minutes support the billed code.";
          case "TIMELY_FILING" ->
              "The original claim was filed within the payer's limit; the proof of timely filing"
                  + " (the clearinghouse acceptance) is enclosed.";
          case "CODING_BUNDLING" ->
              "The billed code is supported by the documented minutes and is separately payable"
                  + " for this date of service.";
          case "ELIGIBILITY_COVERAGE" ->
              "The patient's coverage was active on the date of service under the member id shown"
                  + " above.";
          default -> "We ask that the claim be reconsidered on the documentation summarised above.";
        };
    return argument
        + " Please reprocess the claim for payment. The full clinical record is available on"
        + " request.";
  }

  static void requireArgument(String argument) {
    if (argument == null || argument.isBlank()) {
      throw new UnprocessableException("appealArgument", "The letter needs an argument.");
    }
  }
}
