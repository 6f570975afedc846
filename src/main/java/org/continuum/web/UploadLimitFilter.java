package org.continuum.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code CONTINUUM_MAX_UPLOAD} with 413 and a problem document,
 * whatever the endpoint: at once when the declared Content-Length is over the limit, and while the
 * body is read when it arrives chunked or longer than declared. Multipart uploads are also held to
 * the limit by {@code spring.servlet.multipart}; this filter covers CSV, X12 and JSON bodies, which
 * controllers read whole into memory. It runs before authentication so an oversized body is never
 * read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ObjectMapper json;

  UploadLimitFilter(@Value("${continuum.max-upload:20MB}") DataSize maxUpload, ObjectMapper json) {
    this.maxBytes = maxUpload.toBytes();
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(response);
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(request, maxBytes), response);
    } catch (PayloadTooLargeException | ServletException e) {
      if (!causedByLimit(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      refuse(response);
    }
  }

  private static boolean causedByLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PayloadTooLargeException) {
        return true;
      }
    }
    return false;
  }

  private void refuse(HttpServletResponse response) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
    problem.setTitle("Payload too large");
    problem.setType(URI.create("about:blank"));
    problem.setDetail(limitMessage(maxBytes));
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), problem);
  }

  static String limitMessage(long maxBytes) {
    return "The request body is larger than the limit of "
        + maxBytes
        + " bytes (CONTINUUM_MAX_UPLOAD)";
  }

  /** Counts the body as it is read and stops at the limit. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream body;
    private final long maxBytes;
    private long read;

    LimitedStream(ServletInputStream body, long maxBytes) {
      this.body = body;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = body.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxBytes) {
        throw new PayloadTooLargeException(limitMessage(maxBytes));
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}
