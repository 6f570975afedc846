package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.continuum.support.DemoLogins;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An 835 a payer sends on a given day (BPR16), posted by a biller through {@code POST
 * /api/edi/inbound}: for process tests whose dates run from the remittance's own date.
 */
final class PaidOnRemittance {

  private PaidOnRemittance() {}

  /**
   * Posts one payment with these claim loops and checks that one claim was posted.
   *
   * @param tracePrefix a letter that keeps each test class's TRN02 apart
   */
  static void post(
      TestRestTemplate http, String tracePrefix, LocalDate paidOn, String... claimSegments) {
    int control = (int) (System.nanoTime() % 90_000_000) + 100_000_000;
    List<String> body = new ArrayList<>();
    body.add("ST*835*0001");
    body.add(
        "BPR*I*0.00*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*"
            + paidOn.format(DateTimeFormatter.BASIC_ISO_DATE));
    body.add("TRN*1*" + tracePrefix + control + "*1512345678");
    body.add("N1*PR*TEST PLAN*XV*TESTPLAN01");
    body.add("N1*PE*TEST PRACTICE*XX*1234567893");
    body.add("LX*1");
    body.addAll(List.of(claimSegments));
    String x12 =
        ClaimSubmissionAndRemittanceTests.X12.envelope(control, "HP", "005010X221A1", body);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity("/api/edi/inbound", new HttpEntity<>(x12, headers), Map.class);
    assertThat(response.getStatusCode())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("claimsPosted")).isEqualTo(1);
  }
}
