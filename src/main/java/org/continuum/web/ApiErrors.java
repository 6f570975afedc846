package org.continuum.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns failures into problem documents. Messages name fields and rules, never values: a rejected
 * value may be a member id or a date of birth, and error bodies end up in logs and tickets.
 */
@RestControllerAdvice(basePackages = "org.continuum")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    List<UnprocessableException.FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new UnprocessableException.FieldError(f.getField(), f.getDefaultMessage()))
            .toList();
    return unprocessable(errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail invalid(ConstraintViolationException e) {
    return unprocessable(
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new UnprocessableException.FieldError(
                        v.getPropertyPath().toString(), v.getMessage()))
            .toList());
  }

  @ExceptionHandler(UnprocessableException.class)
  ProblemDetail unprocessable(UnprocessableException e) {
    return unprocessable(e.errors());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Request body cannot be read");
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = fieldPath(mapping);
      String expected =
          mapping instanceof InvalidFormatException format
              ? "must be a valid " + format.getTargetType().getSimpleName()
              : mapping instanceof MismatchedInputException mismatch
                  ? "must be of type " + mismatch.getTargetType().getSimpleName()
                  : "has the wrong format";
      problem.setDetail(field + " " + expected);
      problem.setProperty(
          "errors", List.of(new UnprocessableException.FieldError(field, expected)));
    } else {
      problem.setDetail("The body is not valid JSON");
    }
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter");
    problem.setDetail(e.getName() + " has the wrong format");
    problem.setProperty(
        "errors",
        List.of(new UnprocessableException.FieldError(e.getName(), "has the wrong format")));
    return problem;
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Missing parameter");
    problem.setDetail(e.getParameterName() + " is required");
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not found");
    problem.setDetail(e.getMessage());
    return problem;
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ProblemDetail tooLarge(PayloadTooLargeException e) {
    ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large");
    problem.setDetail(e.getMessage());
    return problem;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large");
    problem.setDetail("The upload is larger than the limit (CONTINUUM_MAX_UPLOAD)");
    return problem;
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail staleWrite(OptimisticLockingFailureException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed by someone else");
    problem.setDetail("The record was changed by someone else; reload it and try again");
    return problem;
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail conflict(DataIntegrityViolationException e) {
    log.info("Write refused by a database constraint: {}", constraintName(e));
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflicts with stored data");
    problem.setDetail(
        "The change conflicts with stored data (constraint "
            + constraintName(e)
            + "): a duplicate value, or a record still referred to by others");
    return problem;
  }

  private static ProblemDetail unprocessable(List<UnprocessableException.FieldError> errors) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input");
    problem.setDetail(
        errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  private static String fieldPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String constraintName(DataIntegrityViolationException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof org.hibernate.exception.ConstraintViolationException c
        && c.getConstraintName() != null) {
      return c.getConstraintName();
    }
    String message = String.valueOf(cause.getMessage());
    int start = message.indexOf("constraint \"");
    if (start >= 0) {
      int end = message.indexOf('"', start + 12);
      if (end > start) {
        return message.substring(start + 12, end);
      }
    }
    return "unknown";
  }
}
