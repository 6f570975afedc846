package org.continuum.sandbox;

import java.util.List;
import java.util.Map;
import org.continuum.security.Roles;
import org.continuum.workflow.WorkflowUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per group, all with the demo password. Demo profile only. */
@Component
@Profile("demo")
class DemoUsers {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  /** User id to group, in the order the README lists them. */
  static final Map<String, String> USERS =
      Map.of(
          "biller", Roles.BILLERS,
          "authorizer", Roles.AUTHORIZATIONS,
          "clinician", Roles.CLINICIANS,
          "lead", Roles.BILLING_LEADS,
          "manager", Roles.MANAGERS,
          "analyst", Roles.ANALYSTS,
          "admin", Roles.ADMINS);

  private final WorkflowUsers users;
  private final String password;

  DemoUsers(WorkflowUsers users, @Value("${continuum.demo.password}") String password) {
    this.users = users;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  void seed() {
    USERS.forEach(
        (userId, group) ->
            users.ensureUser(
                userId,
                "Demo",
                Roles.displayName(group),
                userId + "@demo.continuum.invalid",
                password,
                List.of(group)));
    log.info("Demo users ready: {} (one per group)", String.join(", ", USERS.keySet()));
  }
}
