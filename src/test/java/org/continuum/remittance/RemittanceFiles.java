package org.continuum.remittance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes large 835 files for the benchmarks straight to disk, segment by segment: every claim paid
 * 104.00 of 130.00 per line with a CO-45, lines echoing their REF*6R, one transaction set whose
 * BPR02 is the sum of its CLP04.
 */
final class RemittanceFiles {

  private RemittanceFiles() {}

  /** A claim and its line ids, in line order. */
  record PaidClaim(long claimId, List<Long> lineIds) {}

  static void write(Path file, int control, String trace, List<PaidClaim> claims) {
    BigDecimal total =
        new BigDecimal("104.00")
            .multiply(BigDecimal.valueOf(claims.stream().mapToLong(c -> c.lineIds().size()).sum()));
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(
          "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*260401*0800*^*00501*%09d*0*T*:~\n"
              .formatted("BENCHPAYER", "CONTINUUM", control));
      out.write("GS*HP*BENCHPAYER*CONTINUUM*20260401*0800*%d*X*005010X221A1~\n".formatted(control));
      long segments = 0;
      segments += line(out, "ST*835*0001");
      segments +=
          line(
              out,
              "BPR*I*"
                  + total.toPlainString()
                  + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20260401");
      segments += line(out, "TRN*1*" + trace + "*1512345678");
      segments += line(out, "N1*PR*BENCH PLAN*XV*BENCHPLAN");
      segments += line(out, "N1*PE*BENCH PRACTICE*XX*1234567893");
      segments += line(out, "LX*1");
      for (PaidClaim claim : claims) {
        int lines = claim.lineIds().size();
        segments +=
            line(
                out,
                "CLP*%d*1*%s*%s*0*12*BENCH%d*11*1"
                    .formatted(
                        claim.claimId(),
                        money("130.00", lines),
                        money("104.00", lines),
                        claim.claimId()));
        for (long lineId : claim.lineIds()) {
          segments += line(out, "SVC*HC:90834*130.00*104.00**1");
          segments += line(out, "DTM*472*20260316");
          segments += line(out, "CAS*CO*45*26.00");
          segments += line(out, "REF*6R*" + lineId);
          segments += line(out, "AMT*B6*104.00");
        }
      }
      segments += 1;
      out.write("SE*" + segments + "*0001~\n");
      out.write("GE*1*" + control + "~\n");
      out.write("IEA*1*%09d~\n".formatted(control));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String money(String each, int count) {
    return new BigDecimal(each).multiply(BigDecimal.valueOf(count)).toPlainString();
  }

  private static int line(BufferedWriter out, String segment) throws IOException {
    out.write(segment);
    out.write("~\n");
    return 1;
  }
}
