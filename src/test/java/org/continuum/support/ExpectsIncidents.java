package org.continuum.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test makes engine incidents on purpose (a job out of retries): the reconciliation after it
 * does not count new incidents as a finding. Every other invariant is still checked.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExpectsIncidents {}
