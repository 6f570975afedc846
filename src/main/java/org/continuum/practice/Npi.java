package org.continuum.practice;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The National Provider Identifier check. An NPI is ten digits whose last digit is a Luhn check
 * digit computed over the first nine prefixed with {@code 80840} (the ISO 7812 issuer prefix for US
 * health applications), as CMS's NPI standard says. A mistyped NPI passes a length check and is
 * only caught when the payer rejects the claim weeks later; this check catches nearly every
 * single-digit typo and swap at the door.
 */
public final class Npi {

  /** The issuer prefix CMS puts in front of an NPI before computing its check digit. */
  private static final String HEALTH_ISSUER_PREFIX = "80840";

  private Npi() {}

  /** Whether a value is ten digits with a correct check digit. */
  public static boolean isValid(String npi) {
    if (npi == null || npi.length() != 10 || !npi.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return luhnValid(HEALTH_ISSUER_PREFIX + npi);
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** Bean validation for request fields that carry an NPI; a null value is left to NotBlank. */
  @Documented
  @Constraint(validatedBy = Npi.Validator.class)
  @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Checked {

    String message() default "must be a 10-digit NPI with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Applies {@link Npi#isValid} to a field annotated with {@link Checked}. */
  public static class Validator implements ConstraintValidator<Checked, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Npi.isValid(value);
    }
  }
}
