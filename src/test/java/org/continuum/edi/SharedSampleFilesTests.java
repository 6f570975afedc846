package org.continuum.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every public sample in {@code ../shared/x12-samples} through the matching reader. The files
 * that SOURCES.md documents as not valid X12 (non-fixed-width ISA, wrong control counts, control
 * number mismatches, corrupt headers) must be rejected whole; every other file must read. Skipped
 * when the corpus is not beside the repository; the samples are never copied into it.
 */
class SharedSampleFilesTests {

  private static final Path SAMPLES = Path.of("../shared/x12-samples");

  /**
   * Files that are not valid X12, with the segment our reader must name. All but one are called
   * invalid in SOURCES.md; lfh_managed-care carries BPR16 = 20002316 (month 23), which SOURCES.md
   * counts among its validator findings but does not spell out.
   */
  private static final Map<String, String> INVALID =
      Map.of(
          "lfh_managed-care.x12", "BPR",
          "pdx12_lac-dmh-behavioral-priorauth.x12", "ISA",
          "imsweb_x12_complex.x12", "SE",
          "imsweb_x12_many_claims.x12", "SE",
          "affect_nevada_medicaid_multi-st_plb.x12", "ISA",
          "imsweb_999_accepted.x12", "GS",
          "staedi_invalid999.x12", "SE",
          "oopfactory_277CA_FromLatitude81uk_malformed.x12", "ISA");

  private final X12Reader reader = new X12Reader();
  private final X12Detector detector = new X12Detector();

  @TestFactory
  Stream<DynamicTest> everyRemittanceSampleReadsOrIsRejectedWhole() throws IOException {
    return samples(
        "835",
        bytes -> {
          List<Remittance835> remittances = reader.readRemittances(bytes);
          assertThat(remittances).isNotEmpty();
          assertThat(remittances).allSatisfy(r -> assertThat(r.totalPaid()).isNotNull());
          assertThat(detector.detect(bytes).kind()).isEqualTo(X12Kind.REMITTANCE_835);
        });
  }

  @TestFactory
  Stream<DynamicTest> everyAcknowledgmentSampleReadsOrIsRejectedWhole() throws IOException {
    return samples(
        "999",
        bytes -> {
          List<Acknowledgment999> acknowledgments = reader.readAcknowledgments(bytes);
          assertThat(acknowledgments).isNotEmpty();
          assertThat(acknowledgments).allSatisfy(a -> assertThat(a.transactionSets()).isNotEmpty());
          assertThat(detector.detect(bytes).kind()).isEqualTo(X12Kind.ACKNOWLEDGMENT_999);
        });
  }

  @TestFactory
  Stream<DynamicTest> everyClaimAcknowledgmentSampleReadsOrIsRejectedWhole() throws IOException {
    return samples(
        "277ca",
        bytes -> {
          List<ClaimStatus277CA> acknowledgments = reader.readClaimAcknowledgments(bytes);
          assertThat(acknowledgments).flatMap(ClaimStatus277CA::claims).isNotEmpty();
          assertThat(detector.detect(bytes).kind()).isEqualTo(X12Kind.CLAIM_ACKNOWLEDGMENT_277CA);
        });
  }

  @TestFactory
  Stream<DynamicTest> everyProfessionalClaimSampleHasASoundEnvelopeOrIsRejectedWhole()
      throws IOException {
    return samples(
        "837p",
        bytes -> {
          assertThat(reader.checkEnvelope(bytes).kind()).isEqualTo(X12Kind.PROFESSIONAL_CLAIM_837P);
          assertThat(detector.detect(bytes).kind()).isEqualTo(X12Kind.PROFESSIONAL_CLAIM_837P);
        });
  }

  private Stream<DynamicTest> samples(String kind, Consumer<byte[]> read) throws IOException {
    Path folder = SAMPLES.resolve(kind);
    assumeTrue(Files.isDirectory(folder), "no shared X12 samples at " + folder.toAbsolutePath());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".x12"))
          .sorted()
          .toList()
          .stream()
          .map(
              file ->
                  DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file, read)));
    }
  }

  private void check(Path file, Consumer<byte[]> read) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String rejectedAt = INVALID.get(file.getFileName().toString());
    if (rejectedAt == null) {
      read.accept(bytes);
    } else {
      assertThatThrownBy(() -> read.accept(bytes))
          .isInstanceOfSatisfying(
              X12FormatException.class,
              e -> {
                assertThat(e.segmentId()).isEqualTo(rejectedAt);
                assertThat(e.segmentPosition()).isPositive();
              });
    }
  }
}
