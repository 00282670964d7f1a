package io.github.policeconduct.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conduct serve [--port N] [--bind ADDRESS] [--token-file FILE] [--max-body-bytes N]}: runs the service. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the rules over HTTP (JSON in and out, docs/contract.md; OpenAPI at /openapi.json) on a "
        + "loopback address by default. Stop it with Ctrl-C.",
        "The service keeps no case data; its access log (standard error) holds a request id, method, path, status "
            + "and time, never case content."})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: ${DEFAULT-VALUE},"
      + " loopback: only this machine can call it).")
  String bind = "127.0.0.1";

  @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the bearer token every request"
      + " but /health must carry (Authorization: Bearer TOKEN). Needed whenever --bind is not loopback.")
  Path tokenFile;

  @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with the key and certificate in this"
      + " keystore (PKCS12 or JKS); give its password in --tls-password-file.")
  Path tlsKeystore;

  @Option(names = "--tls-password-file", paramLabel = "FILE", description = "A file holding the keystore's password.")
  Path tlsPasswordFile;

  @Option(names = "--max-body-bytes", paramLabel = "N", description = "The largest request body (default:"
      + " ${DEFAULT-VALUE}); 413 beyond it.")
  long maxBody = 64L * 1024 * 1024;

  /**
   * Runs the command.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ServeCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Optional<String> token = Optional.empty();
    if (tokenFile != null) {
      String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (t.length() < 16) {
        System.err.println("conduct serve: the token in " + tokenFile + " is shorter than 16 characters");
        return 2;
      }
      token = Optional.of(t);
    }
    boolean loopback = java.net.InetAddress.getByName(bind).isLoopbackAddress();
    if (!loopback && token.isEmpty()) {
      System.err.println("conduct serve: --bind " + bind + " reaches other machines: give --token-file too");
      return 2;
    }
    Optional<ConductServer.Tls> tls = Optional.empty();
    if (tlsKeystore != null) {
      if (tlsPasswordFile == null) {
        System.err.println("conduct serve: --tls-keystore needs --tls-password-file");
        return 2;
      }
      tls = Optional.of(new ConductServer.Tls(tlsKeystore,
          Files.readString(tlsPasswordFile, StandardCharsets.UTF_8).strip()));
    }
    ConductServer server = ConductServer.start(new ConductServer.Options(bind, port, token, maxBody, tls), System.err);
    System.out.println("conduct serve: listening on " + (tls.isPresent() ? "https" : "http") + "://" + bind + ":"
        + server.port()
        + (token.isPresent() ? " (a bearer token is needed)" : " (loopback; no token)") + "; OpenAPI at /openapi.json");
    System.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
