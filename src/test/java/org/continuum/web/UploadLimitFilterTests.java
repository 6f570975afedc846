package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * A body that arrives without a Content-Length (chunked) is counted as it is read and refused with
 * 413 once past the limit; the declared-length case runs against the whole application in
 * UploadLimitApiTests.
 */
class UploadLimitFilterTests {

  private final UploadLimitFilter filter =
      new UploadLimitFilter(DataSize.ofBytes(1_000), new ObjectMapper());

  @Test
  void refusesAStreamedBodyOnceItPassesTheLimit() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(chunked(new byte[1_001]), response, new MockFilterChain(new BodyReader()));

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString())
        .contains("\"status\":413")
        .contains("larger than the limit of 1000 bytes (CONTINUUM_MAX_UPLOAD)");
  }

  @Test
  void passesAStreamedBodyAtTheLimit() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(chunked(new byte[1_000]), response, new MockFilterChain(new BodyReader()));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo("read 1000 bytes");
  }

  @Test
  void refusesADeclaredLengthOverTheLimitWithoutReadingTheBody() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/sessions/import");
    request.setContent(new byte[1_001]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain(new BodyReader());

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(chain.getRequest()).isNull();
  }

  private static HttpServletRequest chunked(byte[] body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/sessions/import");
    request.setContent(body);
    return new HttpServletRequestWrapper(request) {
      @Override
      public long getContentLengthLong() {
        return -1;
      }

      @Override
      public int getContentLength() {
        return -1;
      }
    };
  }

  /** Stands in for a controller that reads the whole body. */
  private static final class BodyReader extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      int n = request.getInputStream().readAllBytes().length;
      response.getWriter().write("read " + n + " bytes");
    }
  }
}
