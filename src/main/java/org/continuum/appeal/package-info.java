/**
 * Appeals of denied claims: the filing deadline per appeal level from the payer profile's appeal
 * windows (Medicare has five levels, each measured from the prior decision), and when to remind and
 * escalate before it. The appeal process and its letter build on this.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeal")
package org.continuum.appeal;
