package io.cassql.sql.metadata;

import io.cassql.sql.metadata.generated.GeneratedMetadataHandlers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.JaninoRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/**
 * The metadata handlers of Calcite's default metadata provider as classes compiled with the driver:
 * the same source Calcite's {@code JaninoRelMetadataProvider} generates and compiles with Janino on
 * first use, written by the build ({@code src/build/java/MetadataHandlerSources.java}) with
 * Calcite's own generator. A fresh JVM's first plan then loads them instead of compiling about two
 * dozen classes. A handler the build could not precompile (its provider class is private to
 * Calcite) is Janino's, as before.
 *
 * <p>The planner's metadata providers other than the default one (the Volcano and Hep planners')
 * contribute no handlers, so these serve every cluster SQL mode plans on.
 */
public final class PrecompiledMetadataHandlers implements MetadataHandlerProvider {
  /** The one instance (handlers are stateless; results are cached in each metadata query). */
  public static final PrecompiledMetadataHandlers INSTANCE = new PrecompiledMetadataHandlers();

  private final Map<Class<?>, MetadataHandler<?>> handlers = new ConcurrentHashMap<>();

  private PrecompiledMetadataHandlers() {}

  /** A new metadata query on these handlers (one per planning, as Calcite's own). */
  public static RelMetadataQuery query() {
    return new RelMetadataQuery(INSTANCE);
  }

  /** The handler classes compiled with the driver. */
  public static List<Class<?>> precompiled() {
    return GeneratedMetadataHandlers.HANDLER_CLASSES;
  }

  @Override
  public <H extends MetadataHandler<?>> H handler(Class<H> handlerClass) {
    return handlerClass.cast(
        handlers.computeIfAbsent(handlerClass, PrecompiledMetadataHandlers::make));
  }

  @Override
  public <H extends MetadataHandler<?>> H revise(Class<H> handlerClass) {
    return handler(handlerClass);
  }

  @SuppressWarnings("unchecked")
  private static MetadataHandler<?> make(Class<?> handlerClass) {
    Class<? extends MetadataHandler<?>> c = (Class<? extends MetadataHandler<?>>) handlerClass;
    List<? extends MetadataHandler<?>> unique =
        DefaultRelMetadataProvider.INSTANCE.handlers(c).stream().distinct().toList();
    Object precompiled = GeneratedMetadataHandlers.create(handlerClass, unique);
    if (precompiled != null) {
      return (MetadataHandler<?>) precompiled;
    }
    return JaninoRelMetadataProvider.of(DefaultRelMetadataProvider.INSTANCE).revise(c);
  }
}
