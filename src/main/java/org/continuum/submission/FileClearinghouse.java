package org.continuum.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The clearinghouse as two directories, the way most clearinghouses' SFTP drop boxes work: batches
 * are written to the outbox (through a temporary name, so a reader never sees half a file), files
 * found in the inbox are posted and moved to {@code processed/}, or to {@code failed/} with an
 * {@code .error.txt} beside them saying why. Moving a file out of the inbox before it is handled
 * means two nodes polling the same inbox never post one file twice: only one move succeeds.
 */
@Component
class FileClearinghouse implements Clearinghouse {

  private static final Logger log = LoggerFactory.getLogger(FileClearinghouse.class);

  private final ClearinghouseProperties properties;

  FileClearinghouse(ClearinghouseProperties properties) {
    this.properties = properties;
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
      try {
        handler.apply(new InboundFile(name, Files.readAllBytes(working)));
        move(working, inbox.resolve("processed").resolve(name));
      } catch (RuntimeException | IOException e) {
        log.warn("Inbound file {} failed: {}", name, e.getMessage());
        Path failed = inbox.resolve("failed").resolve(name);
        move(working, failed);
        writeQuietly(failed.resolveSibling(name + ".error.txt"), String.valueOf(e.getMessage()));
      }
    }
    return offered;
  }

  /** Takes a file out of the inbox for this node; null when another node took it first. */
  private Path claim(Path file) {
    Path working = file.resolveSibling(".working").resolve(file.getFileName());
    try {
      Files.createDirectories(working.getParent());
      return Files.move(file, working, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException takenByAnotherNode) {
      return null;
    }
  }

  private static void move(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
