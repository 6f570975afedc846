package org.continuum.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTests {

  /** CMS's worked example (1234567893) and NPIs of the form real registries publish. */
  @ParameterizedTest
  @ValueSource(strings = {"1234567893", "1245319599", "1003000126", "1992999999"})
  void acceptsTenDigitsWithTheCheckDigitOverPrefix80840(String npi) {
    assertThat(Npi.isValid(npi)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1234567890", // wrong check digit
        "1234567839", // two digits swapped
        "1234567993", // one digit mistyped
        "123456789", // nine digits
        "12345678931", // eleven digits
        "12345678a3", // a letter
        " 1234567893" // padding
      })
  void rejectsAnythingElse(String npi) {
    assertThat(Npi.isValid(npi)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNothing(String npi) {
    assertThat(Npi.isValid(npi)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567893", "1245319599"})
  void theCheckDigitIsTheOneThatMakesTheLuhnSumOverThePrefixedNumberEndInZero(String npi) {
    int valid = 0;
    for (char check = '0'; check <= '9'; check++) {
      if (Npi.isValid(npi.substring(0, 9) + check)) {
        valid++;
      }
    }
    assertThat(valid).as("exactly one check digit fits nine digits").isEqualTo(1);
  }
}
