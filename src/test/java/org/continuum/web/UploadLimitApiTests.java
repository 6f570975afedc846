package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * POST /api/sessions/import refuses what is too large to hold: a body over CONTINUUM_MAX_UPLOAD (20
 * MB in tests) with 413 before a byte of it is read, more rows than the import limit with 413, and
 * a runaway row with 422.
 */
@IntegrationTest
class UploadLimitApiTests {

  private static final String HEADER = "patientId,clinicianId,coverageId,dateOfService\n";

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  @Test
  void refusesABodyDeclaredLargerThanTheUploadLimit() throws IOException {
    String credentials =
        Base64.getEncoder()
            .encodeToString(("biller:" + DemoLogins.PASSWORD).getBytes(StandardCharsets.UTF_8));
    String head =
        "POST /api/sessions/import HTTP/1.1\r\n"
            + "Host: localhost\r\n"
            + "Authorization: Basic "
            + credentials
            + "\r\n"
            + "Content-Type: text/csv\r\n"
            + "Content-Length: "
            + (20L * 1024 * 1024 + 1)
            + "\r\n\r\n";

    String answer;
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer)
        .contains("application/problem+json")
        .contains("larger than the limit of 20971520 bytes (CONTINUUM_MAX_UPLOAD)");
  }

  @Test
  void refusesAnImportWithMoreRowsThanTheLimit() {
    String csv = HEADER + "1,2,3,2026-03-14\n".repeat(50_001);

    ResponseEntity<Map> response = post(csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(response.getBody().get("detail").toString())
        .contains("more than 50000 rows (continuum.session-import.max-rows)");
  }

  @Test
  void refusesAnImportWithARunawayRow() {
    String csv = HEADER + "1,2,3,\"2026-03-14\n" + "x".repeat(10_001);

    ResponseEntity<Map> response = post(csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<Map<String, String>>) response.getBody().get("errors"))
        .extracting(e -> e.get("field") + " " + e.get("message"))
        .containsExactly(
            "file row 1 is longer than the limit of 10000 characters (an unclosed quote?)");
  }

  private ResponseEntity<Map> post(String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return DemoLogins.as(http, "biller")
        .postForEntity("/api/sessions/import", new HttpEntity<>(csv, headers), Map.class);
  }
}
