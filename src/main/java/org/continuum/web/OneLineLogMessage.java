package org.continuum.web;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The {@code %m}, {@code %msg} and {@code %message} of every log line, with carriage returns and
 * line feeds written as the two characters {@code \r} and {@code \n}. A value that reaches a log
 * message (a file name, a header, an X12 segment tag) then cannot start a line of its own and forge
 * an entry that log readers and alerting would trust. Registered in {@code logback-spring.xml}; the
 * rest of Spring Boot's console pattern is unchanged.
 */
public class OneLineLogMessage extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return escape(super.convert(event));
  }

  static String escape(String message) {
    if (message == null || message.indexOf('\n') < 0 && message.indexOf('\r') < 0) {
      return message;
    }
    return message.replace("\r", "\\r").replace("\n", "\\n");
  }
}
