package org.continuum.remittance;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts whatever the clearinghouse put in the inbox, on a schedule ({@code
 * continuum.clearinghouse.poll-interval}, every 30 seconds by default). A file that fails is set
 * aside by the clearinghouse adapter with the reason beside it; the others go on.
 */
@Component
@ConditionalOnProperty(
    name = "continuum.clearinghouse.poll-inbox",
    havingValue = "true",
    matchIfMissing = true)
class InboxPoller {

  private final Inbox inbox;

  InboxPoller(Inbox inbox) {
    this.inbox = inbox;
  }

  @Scheduled(
      fixedDelayString = "${continuum.clearinghouse.poll-interval:PT30S}",
      initialDelayString = "${continuum.clearinghouse.poll-interval:PT30S}")
  void poll() {
    inbox.postWaitingFiles();
  }
}
