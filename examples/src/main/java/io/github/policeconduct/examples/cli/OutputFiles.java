package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files the tool writes: each written whole, so that a reader never sees one half-written. */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * A file name for a case id: its letters, digits, '.', '_' and '-', each other character as '_'; never hidden
   * (a leading '.' gets a '_' before it) or empty, and at most 120 characters.
   */
  static String fileName(String caseId) {
    String s = caseId.replaceAll("[^A-Za-z0-9._-]", "_");
    if (s.isEmpty() || s.startsWith(".")) {
      s = "_" + s;
    }
    return s.length() > 120 ? s.substring(0, 120) : s;
  }

  /**
   * Writes {@code text} as UTF-8 to {@code target}, replacing a file of that name: to a temporary file beside it
   * first, then moved into place (atomically where the file system can), so that the old file or the new one is
   * there, never a part; the temporary file is removed if anything fails. Creates the directories it needs.
   */
  static void writeWhole(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".conduct-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
