package org.continuum.remittance;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.continuum.ContinuumApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a JVM of its own by {@link RemittancePostingBenchmark} with a small heap: starts the
 * application (on a random port, no job executor, no inbox polling) against the benchmark's
 * database, posts one 835 file through {@link InboundPosting} and prints one line, {@code RESULT
 * claimsPosted=… seconds=… peakHeapMb=…}.
 */
public final class LargeRemittancePosting {

  private LargeRemittancePosting() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    SpringApplication application = new SpringApplication(ContinuumApplication.class);
    int status = 0;
    try (ConfigurableApplicationContext context = application.run()) {
      InboundPosting posting = context.getBean(InboundPosting.class);
      byte[] x12 = Files.readAllBytes(file);
      long start = System.nanoTime();
      InboundSummary summary = posting.post(x12);
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .map(MemoryPoolMXBean::getPeakUsage)
              .mapToLong(u -> u.getUsed())
              .sum();
      System.out.printf(
          "RESULT claimsPosted=%d seconds=%.1f peakHeapMb=%d warnings=%d%n",
          summary.claimsPosted(), seconds, peak / (1024 * 1024), summary.warnings().size());
    } catch (Throwable e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }
}
