package io.cassql.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe's main class in a fresh JVM (on this JVM's class path unless told another) and
 * returns the values of the {@code RESULT key=value ...} line it prints. Its output goes to a log
 * file under the bench directory.
 */
public final class ChildJvm {
  /** The prefix of the line a probe prints its results on. */
  public static final String RESULT = "RESULT";

  private ChildJvm() {}

  /**
   * Runs {@code mainClass} with the JVM options and arguments; fails if it exits badly or prints no
   * result.
   */
  public static Map<String, String> run(
      Path logDir,
      String name,
      Class<?> mainClass,
      List<String> jvmOptions,
      List<String> args,
      long timeoutSeconds)
      throws IOException, InterruptedException {
    return run(
        logDir,
        name,
        mainClass,
        jvmOptions,
        args,
        timeoutSeconds,
        System.getProperty("java.class.path"));
  }

  /**
   * As {@link #run(Path, String, Class, List, List, long)}, on the class path {@code classPath}.
   */
  public static Map<String, String> run(
      Path logDir,
      String name,
      Class<?> mainClass,
      List<String> jvmOptions,
      List<String> args,
      long timeoutSeconds,
      String classPath)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(mainClass.getName());
    cmd.addAll(args);
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            name + " did not finish within " + timeoutSeconds + " s; see " + log);
      }
    } finally {
      p.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.startsWith(RESULT + " ")) {
        return parse(line.substring(RESULT.length() + 1));
      }
    }
    throw new IllegalStateException(
        name
            + " exited with "
            + p.exitValue()
            + " and no result; last lines:\n"
            + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
  }

  private static Map<String, String> parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : text.trim().split("\\s+")) {
      int eq = pair.indexOf('=');
      values.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return values;
  }

  /** Formats a probe's result line. */
  public static String resultLine(Map<String, ?> values) {
    StringBuilder s = new StringBuilder(RESULT);
    values.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    return s.toString();
  }
}
