/**
 * How the API answers when input is wrong: every error is an RFC 9457 problem document that names
 * the field at fault, with 400 for a body that cannot be read, 422 for values that break a rule,
 * 404 for an unknown id, 409 for a change that conflicts with stored data and 413 for a body over
 * the upload limit. Input a user can send never produces a 500. It also holds the helpers every
 * export shares, such as {@link org.continuum.web.CsvCells} against spreadsheet formula injection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web API conventions")
package org.continuum.web;
