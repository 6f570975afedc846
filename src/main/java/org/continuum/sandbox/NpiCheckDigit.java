package org.continuum.sandbox;

/**
 * The check digit of a National Provider Identifier: the Luhn algorithm over the nine leading
 * digits prefixed with the card issuer prefix 80840 (CMS, "NPI check digit"). Payers reject a claim
 * whose NPI fails it before they look at anything else, so even demo NPIs must pass.
 */
final class NpiCheckDigit {

  private static final String ISSUER_PREFIX = "80840";

  private NpiCheckDigit() {}

  /** The ten-digit NPI made of nine leading digits and their check digit. */
  static String complete(String firstNineDigits) {
    if (!firstNineDigits.matches("\\d{9}")) {
      throw new IllegalArgumentException("An NPI starts with nine digits");
    }
    return firstNineDigits + checkDigit(ISSUER_PREFIX + firstNineDigits);
  }

  /** Whether a ten-digit NPI carries the right check digit. */
  static boolean isValid(String npi) {
    return npi != null
        && npi.matches("\\d{10}")
        && checkDigit(ISSUER_PREFIX + npi.substring(0, 9)) == npi.charAt(9) - '0';
  }

  /** Luhn: double every second digit from the right of the payload, sum, and round up to ten. */
  private static int checkDigit(String payload) {
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int digit = payload.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }
}
