package org.continuum.edi;

/**
 * What an X12 transaction set is, from its ST01 and (where one code covers several guides) the GS08
 * version: an 837 is professional only under 005010X222, a 277 is a claim acknowledgment only under
 * 005010X214.
 */
public enum X12Kind {
  REMITTANCE_835,
  ACKNOWLEDGMENT_999,
  CLAIM_ACKNOWLEDGMENT_277CA,
  CLAIM_STATUS_277,
  PROFESSIONAL_CLAIM_837P,
  OTHER_CLAIM_837,
  UNSUPPORTED;

  static X12Kind of(String transactionSetId, String version) {
    String guide = version == null ? "" : version;
    return switch (transactionSetId) {
      case "835" -> REMITTANCE_835;
      case "999" -> ACKNOWLEDGMENT_999;
      case "277" -> guide.contains("X214") ? CLAIM_ACKNOWLEDGMENT_277CA : CLAIM_STATUS_277;
      case "837" -> guide.contains("X222") ? PROFESSIONAL_CLAIM_837P : OTHER_CLAIM_837;
      default -> UNSUPPORTED;
    };
  }
}
