package org.continuum.web;

/**
 * Input larger than Continuum accepts: a body over the upload limit, or an import file with more
 * rows than one request may carry. Answered with 413; the message names the limit, never content.
 */
public class PayloadTooLargeException extends RuntimeException {

  public PayloadTooLargeException(String message) {
    super(message);
  }
}
