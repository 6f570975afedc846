/**
 * Who may do what. Users and groups live in the workflow engine's identity store, the one store
 * that Tasklist, Cockpit, Admin and this application's API share; this module turns a user's groups
 * into roles and keeps the role-by-endpoint matrix in one place, denying whatever it does not name.
 * The store itself is reached through {@link org.continuum.security.UserDirectory}, implemented by
 * the workflow module, so that this module never touches the engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.continuum.security;
