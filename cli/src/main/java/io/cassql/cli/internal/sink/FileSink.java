package io.cassql.cli.internal.sink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A UTF-8 text file written under a temporary name in the destination's folder and renamed over the
 * destination on commit, so a failed or interrupted copy leaves no partial file.
 */
abstract class FileSink implements RowSink {
  private final Path target;
  private final CopyMode mode;
  private Path temp;
  private Thread cleanup;
  private boolean appendingToRows;
  protected Writer out;

  FileSink(Path target, CopyMode mode) {
    this.target = target.toAbsolutePath();
    this.mode = mode;
  }

  /** Opens the temporary file; in append mode it starts as a copy of the existing file. */
  protected final void open() throws IOException {
    Path dir = target.getParent();
    Files.createDirectories(dir);
    temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    Path t = temp;
    cleanup = new Thread(() -> deleteQuietly(t), "cassql-partial-file-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    permissions(temp);
    if (mode == CopyMode.APPEND && Files.exists(target)) {
      Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING);
      appendingToRows = Files.size(temp) > 0;
    }
    out =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                StandardCharsets.UTF_8),
            1 << 16);
  }

  /**
   * The destination's permissions when it exists, else rw-r--r-- (temporary files start private).
   */
  private void permissions(Path file) {
    try {
      Set<PosixFilePermission> perms =
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(file, perms);
    } catch (UnsupportedOperationException | IOException notPosix) {
      // keep the file system's default
    }
  }

  /** Whether rows are added to a non-empty existing file (so no header is written). */
  protected final boolean appendingToRows() {
    return appendingToRows;
  }

  @Override
  public void commit() throws IOException {
    out.close();
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    removeHook();
  }

  @Override
  public void abort() {
    close();
    if (temp != null) {
      deleteQuietly(temp);
    }
    removeHook();
  }

  @Override
  public long rowsKeptAfterAbort() {
    return 0;
  }

  @Override
  public String describe() {
    return target.toString();
  }

  @Override
  public void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException ignored) {
        // the file is deleted or already complete
      }
    }
  }

  private void removeHook() {
    if (cleanup != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
      cleanup = null;
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // nothing more to do
    }
  }
}
