package org.continuum.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts PostgreSQL in-process when the application was given no database to use. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    boolean keepsData = properties.keepsData();
    String sync = keepsData || properties.durable() ? "on" : "off";
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "200")
            .setServerConfig("fsync", sync)
            .setServerConfig("synchronous_commit", sync)
            .setServerConfig("full_page_writes", sync);
    if (properties.serverConfig() != null) {
      properties.serverConfig().forEach(builder::setServerConfig);
    }
    if (properties.port() > 0) {
      builder.setPort(properties.port());
    }
    if (keepsData) {
      builder.setDataDirectory(Path.of(properties.dataDirectory())).setCleanDataDirectory(false);
    }
    EmbeddedPostgres postgres = builder.start();
    log.info(
        "Embedded PostgreSQL listening on port {} ({})",
        postgres.getPort(),
        keepsData
            ? "data kept in " + properties.dataDirectory()
            : "temporary data, removed on stop");
    return postgres;
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(
        postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(properties.poolSize());
    dataSource.setPoolName("continuum-embedded");
    return dataSource;
  }
}
