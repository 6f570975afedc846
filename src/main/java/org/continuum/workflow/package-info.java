/**
 * The only module that talks to Operaton. It owns the glue between the BPMN and DMN models in
 * {@code bpmn/} and the business modules: delegates, listeners and the constants of each process;
 * and it adapts the engine's identity store for the rest of the application (log-in, the groups and
 * their engine authorizations, the Tasklist filters every role starts with). Business rules do not
 * live here: a delegate reads the business key, makes one call into the owning module and turns a
 * business outcome into a BPMN error.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.continuum.workflow;
