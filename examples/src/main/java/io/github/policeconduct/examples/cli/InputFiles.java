package io.github.policeconduct.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Opens the case file a command names, or says in one line why it cannot: the same words and the same exit
 * status (2, a usage error) from {@code evaluate} and {@code report}.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * What a command's {@code FILE|-} names: standard input for {@code -}, else the file, buffered either way; or a
   * {@link FileSystemException} saying why the file cannot be opened (see {@link #open(String)}).
   */
  static InputStream open(String file, InputStream stdin) throws FileSystemException {
    return "-".equals(file) ? new BufferedInputStream(stdin, 1 << 16) : open(file);
  }

  /**
   * The file, buffered; or a {@link FileSystemException} whose message is {@code FILE: why} (no such file,
   * permission denied, a directory, or what the system said).
   */
  static InputStream open(String file) throws FileSystemException {
    Path path;
    try {
      path = Paths.get(file);
    } catch (InvalidPathException e) {
      throw new FileSystemException(ConductCommand.shown(file), null, "not a file name (" + e.getReason() + ")");
    }
    if (Files.isDirectory(path)) {
      throw new FileSystemException(file, null, "is a directory, not a case file");
    }
    try {
      return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    } catch (IOException e) {
      throw cannotOpen(file, e);
    }
  }

  /** Why {@code file} could not be opened, as one line naming it. */
  static FileSystemException cannotOpen(String file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new NoSuchFileException(file, null, "no such file");
    } else if (e instanceof AccessDeniedException) {
      return new AccessDeniedException(file, null, "cannot be read: permission denied");
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return new FileSystemException(file, null, "cannot be read: " + f.getReason());
    }
    return new FileSystemException(file, null, "cannot be read: " + ConductCommand.describe(e));
  }
}
