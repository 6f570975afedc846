package org.continuum.submission;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where batches leave and payer files arrive, and who we are in the envelope.
 *
 * @param outbox the directory each 837P batch is written to
 * @param inbox the directory polled for 999, 277CA and 835 files
 * @param senderId ISA06/GS02 of our batches
 * @param receiverId ISA08/GS03: the clearinghouse
 * @param production ISA15: P when true, T (test) otherwise
 */
@ConfigurationProperties("continuum.clearinghouse")
public record ClearinghouseProperties(
    Path outbox, Path inbox, String senderId, String receiverId, boolean production) {

  public ClearinghouseProperties {
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "continuum-clearinghouse");
    outbox = outbox == null ? base.resolve("outbox") : outbox;
    inbox = inbox == null ? base.resolve("inbox") : inbox;
    senderId = senderId == null || senderId.isBlank() ? "CONTINUUM" : senderId;
    receiverId = receiverId == null || receiverId.isBlank() ? "CLEARINGHOUSE" : receiverId;
  }
}
