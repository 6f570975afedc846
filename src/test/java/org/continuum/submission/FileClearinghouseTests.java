package org.continuum.submission;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;

/** The inbox drop box across crashes and database outages. */
class FileClearinghouseTests {

  @TempDir Path directory;

  private FileClearinghouse clearinghouse(Duration lease) {
    return new FileClearinghouse(
        new ClearinghouseProperties(
            directory.resolve("outbox"), directory.resolve("inbox"), null, null, false),
        lease);
  }

  @Test
  void aFileLeftBehindByADeadNodeIsOfferedAgainOnceItsLeaseRanOut() throws Exception {
    Path working = directory.resolve("inbox/.working/000000001-835.x12");
    Files.createDirectories(working.getParent());
    Files.writeString(working, "ISA~");
    Files.setLastModifiedTime(working, FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
    List<String> offered = new ArrayList<>();

    clearinghouse(Duration.ofMinutes(10)).collect(f -> offered.add(f.name()));

    assertThat(offered).containsExactly("000000001-835.x12");
    assertThat(directory.resolve("inbox/processed/000000001-835.x12")).exists();
  }

  @Test
  void aFileANodeIsStillWorkingOnIsLeftAlone() throws Exception {
    Path working = directory.resolve("inbox/.working/000000002-835.x12");
    Files.createDirectories(working.getParent());
    Files.writeString(working, "ISA~");
    List<String> offered = new ArrayList<>();

    clearinghouse(Duration.ofMinutes(10)).collect(f -> offered.add(f.name()));

    assertThat(offered).isEmpty();
    assertThat(working).exists();
  }

  @Test
  void aFileThatMetADatabaseOutageWaitsInTheInboxNotAmongTheFailed() throws Exception {
    FileClearinghouse clearinghouse = clearinghouse(Duration.ofMinutes(10));
    clearinghouse.deliverToInbox("000000003-835.x12", "ISA~");

    clearinghouse.collect(
        f -> {
          throw new DataAccessResourceFailureException("the database is restarting");
        });

    assertThat(directory.resolve("inbox/000000003-835.x12")).exists();
    assertThat(directory.resolve("inbox/failed")).doesNotExist();
    List<String> offered = new ArrayList<>();
    clearinghouse.collect(f -> offered.add(f.name()));
    assertThat(offered).containsExactly("000000003-835.x12");
  }

  @Test
  void aFileThatLostAVersionCheckToAnotherNodeIsOfferedAgain() throws Exception {
    FileClearinghouse clearinghouse = clearinghouse(Duration.ofMinutes(10));
    clearinghouse.deliverToInbox("000000004-835.x12", "ISA~");

    clearinghouse.collect(
        f -> {
          throw new IllegalStateException(
              "posting failed",
              new OptimisticLockException(
                  "Batch update returned unexpected row count from update [0]"));
        });

    assertThat(directory.resolve("inbox/000000004-835.x12")).exists();
    assertThat(directory.resolve("inbox/failed")).doesNotExist();
  }

  @Test
  void aFileThePostingRefusesGoesAmongTheFailedWithItsReason() throws Exception {
    FileClearinghouse clearinghouse = clearinghouse(Duration.ofMinutes(10));
    clearinghouse.deliverToInbox("000000005-835.x12", "ISA~");

    clearinghouse.collect(
        f -> {
          throw new IllegalArgumentException("ISA: segment too short");
        });

    assertThat(directory.resolve("inbox/failed/000000005-835.x12")).exists();
    assertThat(directory.resolve("inbox/failed/000000005-835.x12.error.txt"))
        .content()
        .isEqualTo("ISA: segment too short");
  }
}
