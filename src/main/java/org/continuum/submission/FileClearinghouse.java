package org.continuum.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clearinghouse as two directories, the way most clearinghouses' SFTP drop boxes work: batches
 * are written to the outbox (through a temporary name, so a reader never sees half a file), files
 * found in the inbox are posted and moved to {@code processed/}, or to {@code failed/} with an
 * {@code .error.txt} beside them saying why. Moving a file out of the inbox before it is handled
 * means two nodes polling the same inbox never post one file twice: only one move succeeds.
 *
 * <p>A node that dies while posting (a crash, {@code kill -9}) leaves its file in {@code .working}
 * with its posting rolled back. Such a file is returned to the inbox once it has been there longer
 * than {@code continuum.clearinghouse.working-lease} (10 minutes by default), by whichever node
 * polls first. Should the first node still be posting after all, nothing is posted twice: the
 * posting records each file once in the database, and the second attempt waits for the first and
 * finds it done.
 */
@Component
class FileClearinghouse implements Clearinghouse {

  private static final Logger log = LoggerFactory.getLogger(FileClearinghouse.class);

  private final ClearinghouseProperties properties;
  private final Duration workingLease;

  FileClearinghouse(
      ClearinghouseProperties properties,
      @Value("${continuum.clearinghouse.working-lease:PT10M}") Duration workingLease) {
    this.properties = properties;
    this.workingLease = workingLease;
  }

  @Override
  public void send(String fileName, String x12) {
    write(properties.outbox(), fileName, x12);
  }

  @Override
  public void deliverToInbox(String fileName, String x12) {
    write(properties.inbox(), fileName, x12);
  }

  @Override
  public int collect(Function<InboundFile, ?> handler) {
    Path inbox = properties.inbox();
    if (!Files.isDirectory(inbox)) {
      return 0;
    }
    returnAbandoned(inbox);
    List<Path> waiting;
    try (Stream<Path> files = Files.list(inbox)) {
      waiting =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int offered = 0;
    for (Path file : waiting) {
      Path working = claim(file);
      if (working == null) {
        continue;
      }
      offered++;
      String name = file.getFileName().toString();
      byte[] content;
      try {
        content = Files.readAllBytes(working);
      } catch (IOException goneMeanwhile) {
        continue;
      }
      try {
        handler.apply(new InboundFile(name, content));
        moveIfThere(working, inbox.resolve("processed").resolve(name));
      } catch (RuntimeException e) {
        if (isTransient(e)) {
          log.warn(
              "Inbound file {} could not be posted now ({}); offered again",
              name,
              e.getClass().getSimpleName());
          moveIfThere(working, file);
          continue;
        }
        log.warn("Inbound file {} failed: {}", name, e.getMessage());
        Path failed = inbox.resolve("failed").resolve(name);
        moveIfThere(working, failed);
        writeQuietly(failed.resolveSibling(name + ".error.txt"), String.valueOf(e.getMessage()));
      }
    }
    return offered;
  }

  /**
   * Takes a file out of the inbox for this node; null when another node took it first. The claimed
   * file's modification time is set to now: it is the start of this node's lease on it.
   */
  private Path claim(Path file) {
    Path working = file.resolveSibling(".working").resolve(file.getFileName());
    try {
      Files.createDirectories(working.getParent());
      Files.move(file, working, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException takenByAnotherNode) {
      return null;
    }
    try {
      Files.setLastModifiedTime(working, FileTime.from(Instant.now()));
    } catch (IOException goneMeanwhile) {
      return null;
    }
    return working;
  }

  /** Puts files whose node died while posting them back into the inbox, one mover winning each. */
  private void returnAbandoned(Path inbox) {
    Path working = inbox.resolve(".working");
    if (!Files.isDirectory(working)) {
      return;
    }
    Instant expired = Instant.now().minus(workingLease);
    try (Stream<Path> files = Files.list(working)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        try {
          if (Files.getLastModifiedTime(file).toInstant().isBefore(expired)) {
            Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            log.warn(
                "Inbound file {} was abandoned while posting; offered again", file.getFileName());
          }
        } catch (IOException takenByAnotherNode) {
          // another node returned or finished it first
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the failure was the database's, not the file's (a restart, a lost connection, a
   * deadlock, another node's write to the same row): such a file goes back to the inbox for the
   * next poll instead of to {@code failed/}.
   */
  private static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.springframework.dao.TransientDataAccessException
          // a version check lost to another node's write, not translated on its way out
          || cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof org.hibernate.StaleStateException
          || cause instanceof org.springframework.dao.RecoverableDataAccessException
          || cause instanceof org.springframework.dao.DataAccessResourceFailureException
          || cause instanceof org.springframework.transaction.TransactionException
          || cause instanceof java.sql.SQLTransientException
          || cause instanceof java.sql.SQLRecoverableException
          || (cause instanceof java.sql.SQLException sql
              && sql.getSQLState() != null
              && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57")))) {
        return true;
      }
    }
    return false;
  }

  /** Moves a finished file on; when it is gone, another node recovered and finished it. */
  private static void moveIfThere(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.NoSuchFileException finishedElsewhere) {
      log.info("Inbound file {} was finished by another node", from.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path directory, String fileName, String text) {
    try {
      Files.createDirectories(directory);
      Path partial = directory.resolve("." + fileName + ".part");
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      Files.move(
          partial,
          directory.resolve(fileName),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeQuietly(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.warn("Cannot write {}", file);
    }
  }
}
