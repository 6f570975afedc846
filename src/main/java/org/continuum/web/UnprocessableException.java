package org.continuum.web;

import java.util.List;

/** Readable input that breaks a business rule; answered with 422 naming each field at fault. */
public class UnprocessableException extends RuntimeException {

  private final List<FieldError> errors;

  public UnprocessableException(List<FieldError> errors) {
    super(
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid input"));
    this.errors = List.copyOf(errors);
  }

  public UnprocessableException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One field and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
