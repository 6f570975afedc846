package org.continuum.web;

/** An id in the request names nothing; answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " does not exist");
  }
}
