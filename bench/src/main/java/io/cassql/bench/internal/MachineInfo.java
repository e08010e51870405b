package io.cassql.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A one-line description of the machine and JVM the benchmark ran on. */
public final class MachineInfo {
  private MachineInfo() {}

  /** CPU model, cores, memory, OS and Java version. */
  public static String describe() {
    String cpu = "unknown CPU";
    long memKb = 0;
    try {
      List<String> cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"));
      cpu =
          cpuinfo.stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .orElse(cpu);
      memKb =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal"))
              .findFirst()
              .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
              .orElse(0L);
    } catch (IOException | RuntimeException notLinux) {
      // keep the defaults
    }
    return String.format(
        Locale.ROOT,
        "%s, %d cores, %.0f GB RAM, %s %s, Java %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        memKb / 1048576.0,
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"));
  }
}
