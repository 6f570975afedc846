/**
 * Therapy sessions as the clinician documented them: who, when, how long (start and stop or total
 * minutes), which codes, by video, audio or in person, from where, with which diagnoses, whether
 * the note is signed and when the treatment plan was last reviewed. A session is the source of a
 * claim; what the note says is never changed by billing, only questioned.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions")
package org.continuum.session;
