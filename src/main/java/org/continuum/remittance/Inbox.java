package org.continuum.remittance;

import org.continuum.submission.Clearinghouse;
import org.springframework.stereotype.Component;

/** Posts every file waiting in the clearinghouse inbox, each in its own transaction. */
@Component
public class Inbox {

  private final Clearinghouse clearinghouse;
  private final InboundPosting posting;

  Inbox(Clearinghouse clearinghouse, InboundPosting posting) {
    this.clearinghouse = clearinghouse;
    this.posting = posting;
  }

  /**
   * @return how many files were offered
   */
  public int postWaitingFiles() {
    return clearinghouse.collect(file -> posting.post(file.content()));
  }
}
