package io.github.policeconduct.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.server.ConductServer;

/**
 * A bounded loopback load run of {@code conduct serve} (issue 19, item 6), with Java's {@link HttpClient}: a fixed
 * number of requests, so it stops by itself. Prints throughput and p50/p99 latency for single decisions from 16
 * concurrent clients (closed loop, as fast as they go), the same paced at 200 requests/s (the target: p99 under 5 ms),
 * and one 10,000-case JSON Lines batch. Not a JMH benchmark: latency percentiles under a fixed rate are what is
 * asked.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.policeconduct.benchmarks.ServeLoad}
 */
public final class ServeLoad {
  private ServeLoad() {}

  private static final int CLIENTS = 16;
  private static final int WARM_UP = 20_000;
  private static final int REQUESTS = 6_000;
  private static final int RATE = 200;

  /**
   * Runs the load.
   *
   * @param args none
   * @throws Exception when a request fails
   */
  public static void main(String[] args) throws Exception {
    List<ConductCase> pool = List.of(CasePool.of(10_000, CasePool.SEED).cases());
    List<String> bodies = pool.stream().map(c -> CaseJson.standard().write(c)).toList();
    try (ConductServer server = ConductServer.start(new ConductServer.Options("127.0.0.1", 0, Optional.empty(),
        256L * 1024 * 1024), new PrintStream(new ByteArrayOutputStream()))) {
      URI decisions = URI.create("http://127.0.0.1:" + server.port() + "/v1/decisions");
      HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      closedLoop(client, clients, decisions, bodies, WARM_UP); // warm-up, not reported
      long[] closed = closedLoop(client, clients, decisions, bodies, REQUESTS);
      report("single decisions, " + CLIENTS + " clients, as fast as they go", closed);
      long[] paced = paced(client, clients, decisions, bodies, REQUESTS);
      report("single decisions, " + CLIENTS + " clients, paced at " + RATE + " requests/s", paced);
      String batch = String.join("\n", bodies) + "\n";
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(decisions)
            .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());
        long ns = System.nanoTime() - start;
        long lines = r.body().lines().count();
        System.out.printf(Locale.ROOT, "batch of %,d cases (JSON Lines, %,d KB): status %d, %,d decisions in %.0f ms,"
            + " %,.0f cases/s%n", bodies.size(), batch.length() / 1024, r.statusCode(), lines, ns / 1e6,
            lines / (ns / 1e9));
      }
      clients.shutdownNow();
    }
    System.exit(0);
  }

  private static long[] closedLoop(HttpClient client, ExecutorService clients, URI uri, List<String> bodies, int n)
      throws Exception {
    long[] latency = new long[n];
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int first = c;
      done.add(clients.submit(() -> {
        for (int i = first; i < n; i += CLIENTS) {
          latency[i] = one(client, uri, bodies.get(i % bodies.size()));
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    long total = System.nanoTime() - start;
    System.out.printf(Locale.ROOT, "  (%,d requests in %.1f s: %,.0f requests/s)%n", n, total / 1e9, n / (total / 1e9));
    return latency;
  }

  private static long[] paced(HttpClient client, ExecutorService clients, URI uri, List<String> bodies, int n)
      throws Exception {
    long[] latency = new long[n];
    List<Future<?>> done = new ArrayList<>();
    long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int k = i;
      done.add(clients.submit(() -> {
        latency[k] = one(client, uri, bodies.get(k % bodies.size()));
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    return latency;
  }

  private static long one(HttpClient client, URI uri, String body) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("status " + r.statusCode() + ": " + r.body());
    }
    return System.nanoTime() - start;
  }

  private static void report(String what, long[] latency) {
    long[] sorted = latency.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%s: %,d requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, sorted.length,
        sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
  }
}
