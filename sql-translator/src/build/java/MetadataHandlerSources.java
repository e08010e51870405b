import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.janino.RelMetadataHandlerGeneratorUtil;

/**
 * Build step of sql-translator (run by Maven at generate-sources, in source-file mode, on the
 * module's compile class path): writes the Java source of the metadata handlers that Calcite's
 * {@code JaninoRelMetadataProvider} would generate and compile with Janino at run time, for every
 * handler of {@code BuiltInMetadata} over {@code DefaultRelMetadataProvider.INSTANCE}, with
 * Calcite's own generator, into package {@code io.cassql.sql.metadata.generated}; plus {@code
 * GeneratedMetadataHandlers}, which instantiates them from the provider's handlers. javac then
 * compiles them with the module, so a fresh JVM's first plan needs no Janino for metadata.
 */
public final class MetadataHandlerSources {
  private static final String PACKAGE = "io.cassql.sql.metadata.generated";
  private static final String CALCITE_PACKAGE = "org.apache.calcite.rel.metadata.janino";

  private MetadataHandlerSources() {}

  /**
   * The class through which generated source can call the handler methods of provider class {@code
   * c}: {@code c} itself when it is public, else its nearest public superclass when that declares
   * every public method of {@code c} named as a method of {@code handlerClass} (Calcite binds some
   * providers with private subclasses that only add {@code getDef}); null when there is none.
   */
  static Class<?> nameable(Class<?> c, Class<?> handlerClass) {
    if (accessible(c)) {
      return c;
    }
    Class<?> s = c.getSuperclass();
    while (s != null && !accessible(s)) {
      s = s.getSuperclass();
    }
    if (s == null || s == Object.class) {
      return null;
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (java.lang.reflect.Method m : handlerClass.getMethods()) {
      names.add(m.getName());
    }
    names.remove("getDef");
    for (java.lang.reflect.Method m : c.getMethods()) {
      if (!names.contains(m.getName())) {
        continue;
      }
      try {
        java.lang.reflect.Method inherited = s.getMethod(m.getName(), m.getParameterTypes());
        if (!inherited.equals(m) && m.getDeclaringClass() == c) {
          return null; // overridden in the private class: fine at run time, but say so by skipping
        }
      } catch (NoSuchMethodException e) {
        return null;
      }
    }
    return s;
  }

  /** Whether source code outside Calcite's packages can name {@code c}. */
  static boolean accessible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!java.lang.reflect.Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern NESTED =
      java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\$([A-Za-z_])");

  /**
   * Janino accepts binary names ({@code Outer$Inner}) in source, javac wants canonical ones: outside
   * string literals, {@code $} between two names becomes a dot.
   */
  static String canonicalNames(String code) {
    StringBuilder out = new StringBuilder();
    String[] parts = code.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i % 2 == 0) {
        String previous;
        do {
          previous = part;
          part = NESTED.matcher(part).replaceAll("$1.$2");
        } while (!part.equals(previous));
      }
      out.append(i == 0 ? "" : "\"").append(part);
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    List<Class<?>> handlerClasses = new ArrayList<>();
    for (Class<?> metadata : BuiltInMetadata.class.getClasses()) {
      for (Class<?> nested : metadata.getClasses()) {
        if (nested.getSimpleName().equals("Handler") && MetadataHandler.class.isAssignableFrom(nested)) {
          handlerClasses.add(nested);
        }
      }
    }
    handlerClasses.sort(Comparator.comparing(Class::getName));
    StringBuilder factory = new StringBuilder();
    factory
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("/** Generated at build time by MetadataHandlerSources: instantiates the precompiled handlers. */\n")
        .append("public final class GeneratedMetadataHandlers {\n")
        .append("  private GeneratedMetadataHandlers() {}\n\n")
        .append("  /** Handler classes precompiled here, in name order. */\n")
        .append("  public static final java.util.List<Class<?>> HANDLER_CLASSES = java.util.List.of(\n");
    StringBuilder cases = new StringBuilder();
    int written = 0;
    for (Class<?> c : handlerClasses) {
      @SuppressWarnings("unchecked")
      Class<? extends MetadataHandler<?>> handlerClass = (Class<? extends MetadataHandler<?>>) c;
      List<? extends MetadataHandler<?>> handlers =
          DefaultRelMetadataProvider.INSTANCE.handlers(handlerClass);
      List<MetadataHandler<?>> unique = new ArrayList<>();
      handlers.stream().distinct().forEach(unique::add);
      if (unique.isEmpty()
          || !unique.stream().allMatch(h -> nameable(h.getClass(), handlerClass) != null)) {
        continue; // left to Janino at run time
      }
      var generated = RelMetadataHandlerGeneratorUtil.generateHandler(handlerClass, handlers);
      String qualified = generated.getHandlerName();
      String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
      String code = generated.getGeneratedCode();
      String packageLine = "package " + CALCITE_PACKAGE + ";";
      if (!code.contains(packageLine)) {
        throw new IllegalStateException("unexpected generated code for " + c.getName());
      }
      code = code.replace(packageLine, "package " + PACKAGE + ";");
      for (int i = 0; i < unique.size(); i++) {
        Class<?> type = unique.get(i).getClass();
        Class<?> named = nameable(type, handlerClass);
        if (named != type) { // a private class of Calcite's: its public superclass, and getDef by the interface
          code =
              code.replace(type.getName() + " provider", named.getName() + " provider")
                  .replace(
                      "provider" + i + ".getDef()",
                      "((org.apache.calcite.rel.metadata.MetadataHandler<?>) provider" + i + ").getDef()");
        }
      }
      code = canonicalNames(code);
      Files.writeString(dir.resolve(simple + ".java"), code, StandardCharsets.UTF_8);
      written++;
      factory.append(written == 1 ? "      " : ",\n      ").append(c.getCanonicalName()).append(".class");
      StringBuilder check = new StringBuilder("unique.size() == " + unique.size());
      StringBuilder call = new StringBuilder("new " + simple + "(");
      for (int i = 0; i < unique.size(); i++) {
        Class<?> type = unique.get(i).getClass();
        String named = nameable(type, handlerClass).getCanonicalName();
        check.append("\n          && unique.get(").append(i).append(").getClass()");
        if (type.getCanonicalName().equals(named)) {
          check.append(" == ").append(named).append(".class");
        } else { // a private class: by its public superclass and its simple name
          check.append(".getSuperclass() == ").append(named).append(".class\n          && unique.get(")
              .append(i).append(").getClass().getSimpleName().equals(\"").append(type.getSimpleName()).append("\")");
        }
        call.append(i == 0 ? "" : ", ").append("(").append(named).append(") unique.get(").append(i).append(")");
      }
      cases
          .append("    if (handlerClass == ").append(c.getCanonicalName()).append(".class) {\n")
          .append("      return ").append(check).append("\n          ? ").append(call).append(")\n          : null;\n")
          .append("    }\n");
    }
    factory
        .append(");\n\n")
        .append("  /**\n")
        .append("   * The precompiled handler of {@code handlerClass} over {@code unique} (the provider's distinct\n")
        .append("   * handlers, in order), or null when this class was not precompiled for those handlers.\n")
        .append("   */\n")
        .append("  public static Object create(Class<?> handlerClass, java.util.List<?> unique) {\n")
        .append(cases)
        .append("    return null;\n  }\n}\n");
    Files.writeString(dir.resolve("GeneratedMetadataHandlers.java"), factory.toString(), StandardCharsets.UTF_8);
    System.out.println("[metadata handlers] " + written + " precompiled handler sources in " + dir);
  }
}
