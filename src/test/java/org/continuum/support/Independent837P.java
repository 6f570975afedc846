package org.continuum.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.imsweb.x12.reader.X12Reader;
import com.imsweb.x12.reader.X12Reader.FileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an 837P with parts that share nothing with the production writer: the IMS x12-parser
 * (com.imsweb, its own 005010X222 loop definitions) must read it without an error, and a small
 * structural checker written here from the TR3 rules recounts the envelope (SE01, ST02 = SE02,
 * GE01, GS06 = GE02, IEA01, ISA13 = IEA02), follows every HL to its parent (20 ← 22 ← 23, HL04 says
 * whether children follow) and adds up the lines of every claim (CLM02 = Σ SV102, LX from 1).
 */
public final class Independent837P {

  private Independent837P() {}

  /** Fails the test, naming every fault found. */
  public static void assertValid(String x12) {
    List<String> faults = new ArrayList<>(imsFaults(x12));
    faults.addAll(structuralFaults(x12));
    assertThat(faults).as("faults of the 837P").isEmpty();
  }

  static List<String> imsFaults(String x12) {
    try {
      X12Reader reader =
          new X12Reader(
              FileType.ANSI837_5010_X222,
              new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)),
              StandardCharsets.UTF_8);
      List<String> faults = new ArrayList<>();
      reader.getFatalErrors().forEach(e -> faults.add("x12-parser fatal: " + e));
      reader.getErrors().forEach(e -> faults.add("x12-parser: " + e));
      if (reader.getLoops().isEmpty()) {
        faults.add("x12-parser read no interchange");
      }
      return faults;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules above, on the segments as split by the ISA's own delimiters. */
  public static List<String> structuralFaults(String x12) {
    List<String> faults = new ArrayList<>();
    String text = x12.strip();
    if (!text.startsWith("ISA") || text.length() < 106) {
      return List.of("no fixed-width ISA at the start");
    }
    char element = text.charAt(3);
    char terminator = text.charAt(105);
    char component = text.charAt(104);
    List<String[]> segments = new ArrayList<>();
    for (String raw : text.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
      String segment = raw.strip();
      if (!segment.isEmpty()) {
        segments.add(segment.split(java.util.regex.Pattern.quote(String.valueOf(element)), -1));
      }
    }
    String[] isa = segments.get(0);
    if (isa.length != 17) {
      faults.add("ISA has " + (isa.length - 1) + " elements, not 16");
    }
    int groups = 0;
    int transactionsInGroup = 0;
    int stIndex = -1;
    String[] gs = null;
    Map<String, String> hlLevel = new HashMap<>();
    String lastHl = null;
    boolean lastHlHasChildren = false;
    BigDecimal claimCharge = null;
    BigDecimal lineCharges = BigDecimal.ZERO;
    String claimId = null;
    int lx = 0;
    for (int i = 0; i < segments.size(); i++) {
      String[] s = segments.get(i);
      switch (s[0]) {
        case "GS" -> {
          groups++;
          transactionsInGroup = 0;
          gs = s;
          if (!"005010X222A1".equals(s[8])) {
            faults.add("GS08 is " + s[8]);
          }
        }
        case "ST" -> {
          transactionsInGroup++;
          stIndex = i;
          hlLevel.clear();
          lastHl = null;
        }
        case "HL" -> {
          String id = s[1];
          String parent = s.length > 2 ? s[2] : "";
          String level = s[3];
          if (lastHl != null && lastHlHasChildren != parentIsOrAbove(hlLevel, lastHl, parent)) {
            faults.add("HL " + lastHl + ": HL04 does not say whether children follow");
          }
          if (Integer.parseInt(id) != hlLevel.size() + 1) {
            faults.add("HL01 " + id + " out of sequence");
          }
          String expectedParentLevel =
              switch (level) {
                case "20" -> null;
                case "22" -> "20";
                case "23" -> "22";
                default -> "?";
              };
          if (expectedParentLevel == null
              ? !parent.isEmpty()
              : !expectedParentLevel.equals(hlLevel.get(parent))) {
            faults.add("HL " + id + " (level " + level + ") has parent " + parent);
          }
          hlLevel.put(id, level);
          lastHl = id;
          lastHlHasChildren = s.length > 4 && "1".equals(s[4]);
          claimFault(claimId, claimCharge, lineCharges, faults);
          claimId = null;
        }
        case "CLM" -> {
          claimFault(claimId, claimCharge, lineCharges, faults);
          claimId = s[1];
          claimCharge = new BigDecimal(s[2]);
          lineCharges = BigDecimal.ZERO;
          lx = 0;
          if (claimId.length() > 20) {
            faults.add("CLM01 longer than 20 characters");
          }
        }
        case "LX" -> {
          if (Integer.parseInt(s[1]) != ++lx) {
            faults.add("LX " + s[1] + " out of sequence in claim " + claimId);
          }
        }
        case "SV1" -> {
          lineCharges = lineCharges.add(new BigDecimal(s[2]));
          if (!s[1].startsWith("HC" + component)) {
            faults.add("SV101 is not an HC procedure");
          }
        }
        case "SE" -> {
          claimFault(claimId, claimCharge, lineCharges, faults);
          claimId = null;
          if (lastHl != null && lastHlHasChildren) {
            faults.add("HL " + lastHl + ": HL04 says children follow but none do");
          }
          int count = i - stIndex + 1;
          if (Integer.parseInt(s[1]) != count) {
            faults.add("SE01 is " + s[1] + " but the transaction set has " + count);
          }
          if (!s[2].equals(segments.get(stIndex)[2])) {
            faults.add("SE02 does not repeat ST02");
          }
        }
        case "GE" -> {
          if (Integer.parseInt(s[1]) != transactionsInGroup) {
            faults.add("GE01 is " + s[1] + " but the group has " + transactionsInGroup);
          }
          if (gs == null || !s[2].equals(gs[6])) {
            faults.add("GE02 does not repeat GS06");
          }
        }
        case "IEA" -> {
          if (Integer.parseInt(s[1]) != groups) {
            faults.add("IEA01 is " + s[1] + " but the interchange has " + groups);
          }
          if (!s[2].equals(isa[13])) {
            faults.add("IEA02 does not repeat ISA13");
          }
        }
        default -> {}
      }
    }
    if (!"IEA".equals(segments.get(segments.size() - 1)[0])) {
      faults.add("the interchange does not end with IEA");
    }
    return faults;
  }

  /** Whether the HL {@code parent} is {@code hl} itself or one of its ancestors' children. */
  private static boolean parentIsOrAbove(Map<String, String> levels, String hl, String parent) {
    return hl.equals(parent);
  }

  private static void claimFault(
      String claimId, BigDecimal claimCharge, BigDecimal lineCharges, List<String> faults) {
    if (claimId != null && claimCharge.compareTo(lineCharges) != 0) {
      faults.add(
          "claim "
              + claimId
              + ": CLM02 "
              + claimCharge
              + " is not the sum of its SV102 "
              + lineCharges);
    }
  }
}
