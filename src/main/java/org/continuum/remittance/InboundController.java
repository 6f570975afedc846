package org.continuum.remittance;

import java.util.Map;
import org.continuum.edi.X12FormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes one X12 file (835, 999 or 277CA, told apart by content) and posts it. A file that cannot be
 * read whole is refused with 422 naming the segment and its position, and nothing is posted.
 */
@RestController
@RequestMapping("/api/edi/inbound")
class InboundController {

  private final InboundPosting posting;

  InboundController(InboundPosting posting) {
    this.posting = posting;
  }

  @PostMapping(
      consumes = {
        MediaType.TEXT_PLAIN_VALUE,
        "application/edi-x12",
        MediaType.APPLICATION_OCTET_STREAM_VALUE
      })
  InboundSummary post(@RequestBody(required = false) byte[] x12) {
    if (x12 == null || x12.length == 0) {
      throw new X12FormatException("ISA", 1, "the body is empty; send one X12 file");
    }
    return posting.post(x12);
  }

  /** The segment at fault and its position, never the values around it (they may be PHI). */
  @ExceptionHandler(X12FormatException.class)
  ResponseEntity<Map<String, Object>> malformed(X12FormatException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "segmentId", e.segmentId(),
                "position", e.segmentPosition(),
                "message", e.getMessage()));
  }
}
