package org.continuum.edi.internal;

import java.util.List;

/**
 * One segment as read: its tag, its 1-based ordinal in the file and its elements, each element the
 * list of components of its first repetition (a simple element is a one-component list).
 */
public record Segment(String tag, int position, List<List<String>> elements) {

  public Segment {
    elements = elements.stream().map(List::copyOf).toList();
  }

  /** Element {@code n} (1-based), or its first component when composite; "" when absent. */
  public String element(int n) {
    return component(n, 1);
  }

  /** Component {@code c} of element {@code n} (both 1-based); "" when absent. */
  public String component(int n, int c) {
    List<String> components = components(n);
    return c <= components.size() ? components.get(c - 1) : "";
  }

  /** All components of element {@code n}; empty when the element is absent. */
  public List<String> components(int n) {
    return n <= elements.size() ? elements.get(n - 1) : List.of();
  }

  public boolean has(int n) {
    return !element(n).isEmpty() || components(n).size() > 1;
  }

  public boolean is(String tag, String qualifier) {
    return this.tag.equals(tag) && element(1).equals(qualifier);
  }
}
