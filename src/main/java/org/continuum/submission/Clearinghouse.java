package org.continuum.submission;

import java.util.function.Function;

/**
 * The port to whoever carries our X12 to payers and theirs back to us. The default adapter is a
 * pair of directories ({@link FileClearinghouse}); an SFTP or API adapter replaces it without the
 * rest of the application noticing.
 */
public interface Clearinghouse {

  /** Hands one batch file over for delivery. */
  void send(String fileName, String x12);

  /** Puts a file into the inbox, as a clearinghouse would (the sandbox payer uses this). */
  void deliverToInbox(String fileName, String x12);

  /**
   * Offers every waiting inbound file, oldest first, to a handler. A file the handler returns
   * normally for is done; one it throws for is set aside with the reason next to it. Never offers a
   * file twice.
   *
   * @return how many files were offered
   */
  int collect(Function<InboundFile, ?> handler);

  /** One file from the inbox. */
  record InboundFile(String name, byte[] content) {}
}
