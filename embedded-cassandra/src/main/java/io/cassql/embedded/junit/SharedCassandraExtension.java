package io.cassql.embedded.junit;

import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.internal.DirectoryCleaner;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Cassandra node (authentication and optional client TLS on) the first time a test class
 * asks for it, shares it with every later class of the same test JVM, and stops it when the JVM's
 * test plan ends. Test classes receive it as a {@link CassandraNode} parameter.
 */
public final class SharedCassandraExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedCassandraExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    node(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CassandraNode.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return node(context);
  }

  /** The shared node, started on first use. */
  public static CassandraNode node(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("node", key -> new StartedNode(startShared()), StartedNode.class)
        .node;
  }

  private static CassandraNode startShared() {
    Path dir = Path.of("target", "embedded-cassandra", "shared");
    DirectoryCleaner.delete(dir);
    return CassandraNode.builder().directory(dir).authentication(true).clientTls(true).start();
  }

  /** Stops the node when JUnit closes the root store. */
  private record StartedNode(CassandraNode node)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      node.stop();
    }
  }
}
