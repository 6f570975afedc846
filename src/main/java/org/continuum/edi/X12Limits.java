package org.continuum.edi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much X12 the readers accept before refusing a file, so that a hostile or runaway upload is
 * answered with an {@link X12FormatException} naming the limit instead of exhausting memory. The
 * limits are checked on the raw bytes before StAEDI buffers anything. The defaults sit well above
 * real files: the largest 835s from national payers run to tens of megabytes, and no 005010 segment
 * we read has more than about thirty elements.
 *
 * @param maxBytes the largest file, {@code continuum.x12.max-bytes}
 * @param maxSegments the most segments in one file, counting every envelope segment
 * @param maxSegmentLength the longest segment in characters, its terminator excluded
 * @param maxElementsPerSegment the most data elements in one segment
 */
@ConfigurationProperties("continuum.x12")
public record X12Limits(
    @DefaultValue("150MB") DataSize maxBytes,
    @DefaultValue("2000000") int maxSegments,
    @DefaultValue("10000") int maxSegmentLength,
    @DefaultValue("100") int maxElementsPerSegment) {

  public static final X12Limits DEFAULT =
      new X12Limits(DataSize.ofMegabytes(150), 2_000_000, 10_000, 100);
}
