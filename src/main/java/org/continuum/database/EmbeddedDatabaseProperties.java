package org.continuum.database;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param port fixed port, or 0 for any free port
 * @param dataDirectory where the data lives; empty for a temporary directory removed on shutdown
 * @param durable whether PostgreSQL syncs to disk; always on when the data is kept
 * @param poolSize connection pool size
 * @param serverConfig further PostgreSQL settings (postgresql.conf names), e.g. {@code
 *     shared_buffers}; they win over the defaults above
 */
@ConfigurationProperties("continuum.embedded-database")
record EmbeddedDatabaseProperties(
    @DefaultValue("0") int port,
    @DefaultValue("") String dataDirectory,
    @DefaultValue("false") boolean durable,
    @DefaultValue("20") int poolSize,
    Map<String, String> serverConfig) {

  boolean keepsData() {
    return dataDirectory != null && !dataDirectory.isBlank();
  }
}
