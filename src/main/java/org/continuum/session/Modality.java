package org.continuum.session;

/** How the session was delivered. */
public enum Modality {
  IN_PERSON,
  VIDEO,
  AUDIO_ONLY
}
