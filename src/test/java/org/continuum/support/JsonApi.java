package org.continuum.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON calls to the product API as one demo user; a String body is sent as it is. */
public final class JsonApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;

  private JsonApi(TestRestTemplate http) {
    this.http = http;
  }

  public static JsonApi as(TestRestTemplate anonymous, String userId) {
    return new JsonApi(DemoLogins.as(anonymous, userId));
  }

  /** An empty JSON object to fill in. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public ResponseEntity<JsonNode> get(String path) {
    return send(HttpMethod.GET, path, null);
  }

  public ResponseEntity<JsonNode> post(String path, Object body) {
    return send(HttpMethod.POST, path, body);
  }

  public ResponseEntity<JsonNode> put(String path, Object body) {
    return send(HttpMethod.PUT, path, body);
  }

  public ResponseEntity<JsonNode> delete(String path) {
    return send(HttpMethod.DELETE, path, null);
  }

  public ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /** The id of a created resource, after checking it was created. */
  public long createdId(String path, Object body) {
    ResponseEntity<JsonNode> created = post(path, body);
    if (created.getStatusCode().value() != 201) {
      throw new AssertionError("POST " + path + " answered " + created + " for " + body);
    }
    return created.getBody().get("id").asLong();
  }

  /** The fields a problem document names in {@code errors[].field}. */
  public static List<String> errorFields(ResponseEntity<JsonNode> response) {
    JsonNode errors = response.getBody() == null ? null : response.getBody().get("errors");
    if (errors == null) {
      return List.of();
    }
    return StreamSupport.stream(errors.spliterator(), false)
        .map(e -> e.get("field").asText())
        .toList();
  }
}
