package io.github.policeconduct.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import io.github.policeconduct.core.Regime;

/** The library's version and the rulebook's digest, each computed once: what a receipt says answered it. */
final class Provenance {
  private Provenance() {}

  static final String VERSION = version();
  static final String DIGEST = digest();

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * SHA-256 over every row of the rulebook as text (id, capability, in-force window, the citation for each of its
   * Regulations, its parameter, its summary) and the sentences the explanations are written from: any change to a
   * rule, a date, a citation, a time limit or a sentence changes it.
   */
  private static String digest() {
    StringBuilder b = new StringBuilder();
    for (Rule r : Rule.values()) {
      b.append(r.id()).append('|').append(r.capability()).append('|').append(r.inForceFrom().map(Object::toString)
          .orElse("")).append('|').append(r.inForceUntil().map(Object::toString).orElse("")).append('|');
      for (Regime regime : r.regimes()) {
        b.append(regime.code()).append('=').append(r.citation(Optional.of(regime), LocalDate.MAX)).append(';');
      }
      b.append('|').append(r.timeLimit().map(Object::toString).orElse(""))
          .append(r.window().map(Object::toString).orElse("")).append(r.period().map(Object::toString).orElse(""))
          .append(r.warningPeriods().map(Object::toString).orElse("")).append(r.contents().map(Object::toString).orElse(""))
          .append('|').append(r.summary()).append('\n');
    }
    try (InputStream in = Provenance.class.getResourceAsStream("sentences.properties")) {
      b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
