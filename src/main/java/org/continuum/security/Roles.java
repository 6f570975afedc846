package org.continuum.security;

import java.util.List;
import java.util.Locale;

/**
 * The groups of the engine's identity store that the product knows, and the Spring Security role
 * each becomes. A user's roles are exactly their groups; there is no second list to keep in step.
 */
public final class Roles {

  public static final String BILLERS = "billers";
  public static final String AUTHORIZATIONS = "authorizations";
  public static final String CLINICIANS = "clinicians";
  public static final String BILLING_LEADS = "billing-leads";
  public static final String MANAGERS = "managers";
  public static final String ANALYSTS = "analysts";
  public static final String ADMINS = "admins";

  /** Every group, in the order the demo seeds one user per group. */
  public static final List<String> ALL =
      List.of(BILLERS, AUTHORIZATIONS, CLINICIANS, BILLING_LEADS, MANAGERS, ANALYSTS, ADMINS);

  private Roles() {}

  /**
   * The Spring Security role name of a group: {@code billing-leads} becomes {@code BILLING_LEADS}.
   */
  public static String roleOf(String group) {
    return group.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** Human name of a group, for the identity store. */
  public static String displayName(String group) {
    return switch (group) {
      case BILLERS -> "Billers";
      case AUTHORIZATIONS -> "Authorization coordinators";
      case CLINICIANS -> "Clinicians";
      case BILLING_LEADS -> "Billing leads";
      case MANAGERS -> "Practice managers";
      case ANALYSTS -> "Process analysts";
      case ADMINS -> "Administrators";
      default -> group;
    };
  }
}
