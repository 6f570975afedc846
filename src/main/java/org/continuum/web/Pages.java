package org.continuum.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Paging as every list endpoint takes it: page from 0, size 1 to 500 (default 50). */
public final class Pages {

  public static final int MAX_SIZE = 500;

  private Pages() {}

  public static PageRequest of(int page, int size, Sort sort) {
    return PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, MAX_SIZE)), sort);
  }
}
