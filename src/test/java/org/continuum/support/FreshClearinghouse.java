package org.continuum.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Empties the tests' clearinghouse drop boxes before the application starts. The database is new
 * for every build, so its control numbers start again at 1; a payer file left in the inbox by an
 * earlier build (the sandbox answered after that build's last look) would otherwise be posted as
 * the answer to this build's batch of the same number, and the real answer then read as a
 * duplicate.
 */
public class FreshClearinghouse
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final Path ROOT = Path.of("target", "clearinghouse");

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!Files.isDirectory(ROOT)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(ROOT)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
