package org.continuum.reliability;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The application as a separate JVM, the way an operator runs it: started with the test JVM's
 * classpath against a database the test owns, waited for until {@code /actuator/health} says UP,
 * and killed with SIGKILL ({@link #kill()}), which no shutdown hook survives. Every node started is
 * killed when the test JVM exits, so a failing test leaves no process behind.
 */
final class AppNode implements AutoCloseable {

  private static final List<AppNode> RUNNING = new ArrayList<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  synchronized (RUNNING) {
                    RUNNING.forEach(AppNode::kill);
                  }
                }));
  }

  final String name;
  final int port;
  private final Process process;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts a node on the given database with the demo practice and its users, and waits until it is
   * healthy.
   */
  static AppNode start(String name, String jdbcUrl, Path work, List<String> settings)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx640m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(List.of("-cp", classpath(), "org.continuum.ContinuumApplication"));
    // a setting given twice on the command line would bind as a list: the test's settings win
    java.util.Map<String, String> arguments = new java.util.LinkedHashMap<>();
    arguments.put("server.port", String.valueOf(port));
    arguments.put("spring.profiles.active", "demo");
    arguments.put("spring.datasource.username", "postgres");
    arguments.put("continuum.clearinghouse.outbox", work.resolve("outbox").toString());
    arguments.put("continuum.clearinghouse.inbox", work.resolve("inbox").toString());
    arguments.put("logging.level.org.continuum.workflow.ClaimMessages", "ERROR");
    for (String setting : settings) {
      String[] pair = setting.replaceFirst("^--", "").split("=", 2);
      arguments.put(pair[0], pair[1]);
    }
    arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
    Files.createDirectories(work);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
    builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
    AppNode node = new AppNode(name, port, builder.start());
    synchronized (RUNNING) {
      RUNNING.add(node);
    }
    try {
      node.awaitHealthy(Duration.ofMinutes(4));
    } catch (RuntimeException e) {
      node.kill();
      throw e;
    }
    return node;
  }

  void awaitHealthy(Duration patience) {
    await()
        .atMost(patience)
        .pollInterval(Duration.ofMillis(500))
        .failFast("the node exited", () -> !process.isAlive())
        .until(this::healthy);
  }

  boolean healthy() {
    try {
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(uri("/actuator/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && health.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A request as a demo user; the response, whatever its status. */
  HttpResponse<String> send(
      String user, String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofMinutes(5))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** SIGKILL: no shutdown hook, no rollback by the application, exactly like a power cut. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
    synchronized (RUNNING) {
      RUNNING.remove(this);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * The test JVM's classpath. Surefire may start the test JVM from a manifest-only jar whose
   * manifest lists the real classpath; that list is read back.
   */
  static String classpath() throws IOException {
    return String.join(
        File.pathSeparator,
        new java.util.LinkedHashSet<>(
            java.util.Arrays.stream(rawClasspath().split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .toList()));
  }

  private static String rawClasspath() throws IOException {
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank()) {
      return surefire;
    }
    String classpath = System.getProperty("java.class.path");
    String[] entries = classpath.split(File.pathSeparator);
    if (entries.length == 1 && entries[0].endsWith(".jar")) {
      try (JarFile jar = new JarFile(entries[0])) {
        Manifest manifest = jar.getManifest();
        String listed =
            manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        if (listed != null) {
          List<String> paths = new ArrayList<>();
          for (String url : listed.trim().split("\\s+")) {
            paths.add(Path.of(URI.create(url)).toString());
          }
          return String.join(File.pathSeparator, paths);
        }
      }
    }
    return classpath;
  }
}
