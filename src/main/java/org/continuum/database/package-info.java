/**
 * The database a fresh checkout runs on: when no {@code spring.datasource.url} is configured, this
 * module starts a real PostgreSQL in-process and hands the rest of the application a pooled {@link
 * javax.sql.DataSource} for it. The server lives and dies with the Spring context, never with a JVM
 * shutdown hook of its own, so tests that close a context leave no server behind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded database")
package org.continuum.database;
