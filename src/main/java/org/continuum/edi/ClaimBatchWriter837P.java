package org.continuum.edi;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.continuum.edi.internal.ProfessionalClaimSerializer;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link ClaimBatch837P} as one complete 005010X222A1 interchange (ISA, one GS, one ST)
 * with StAEDI: a fixed-width ISA, the TR3 loop order, and SE01, GE01 and IEA01 counts that match
 * what was written. The batch is checked first and refused with an {@link IllegalArgumentException}
 * naming the field at fault (never its value) when it could not make a valid claim file: a CLM02
 * that is not the sum of its SV102 charges, a replacement or void without the payer's claim number,
 * a diagnosis pointer past the diagnosis list, a value containing a delimiter, and the like.
 * Segments are separated by {@code ~} and a line break for people reading the file.
 */
@Component
public class ClaimBatchWriter837P {

  /** The interchange as text. */
  public String write(ClaimBatch837P batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(batch, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Streams the interchange; nothing is written when the batch fails its checks. */
  public void write(ClaimBatch837P batch, OutputStream out) {
    ProfessionalClaimSerializer.write(batch, out);
  }
}
