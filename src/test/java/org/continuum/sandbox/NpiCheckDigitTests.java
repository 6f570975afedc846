package org.continuum.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpiCheckDigitTests {

  @Test
  void completesTheCmsExampleNpi() {
    // CMS's worked example in "Requirements for NPI check digit": 123456789 -> 1234567893.
    assertThat(NpiCheckDigit.complete("123456789")).isEqualTo("1234567893");
  }

  @Test
  void rejectsAnNpiWithAWrongCheckDigit() {
    assertThat(NpiCheckDigit.isValid("1234567893")).isTrue();
    assertThat(NpiCheckDigit.isValid("1234567894")).isFalse();
    assertThat(NpiCheckDigit.isValid("123456789")).isFalse();
  }
}
