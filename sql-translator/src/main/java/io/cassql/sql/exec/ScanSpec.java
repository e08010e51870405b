package io.cassql.sql.exec;

import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.pushdown.CqlSelect;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything a pushed scan needs at run time, carried from the planner into generated code as one
 * string constant: the CQL select with its value sources, and for reads that explode collections
 * (virtual tables and their joins with the base table) the layout of the output rows, else null.
 */
public record ScanSpec(CqlSelect<ValueSource> select, CollectionLayout layout)
    implements Serializable {
  private static final int CACHE_LIMIT = 1024;
  private static final Map<String, ScanSpec> DECODED = new ConcurrentHashMap<>();

  /**
   * The CQL text of each decoded spec, built on first use (decoded specs are shared, so by
   * identity).
   */
  private static final Map<ScanSpec, String> CQL_TEXT =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** The CQL of the select, built once per decoded spec rather than on every execution. */
  public String cql() {
    String text = CQL_TEXT.get(this);
    if (text == null) {
      text = select.cql();
      CQL_TEXT.put(this, text);
    }
    return text;
  }

  /** The spec as a Base64 string. */
  public String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /** Decodes a spec, reusing earlier decodings of the same text. */
  public static ScanSpec decode(String encoded) {
    ScanSpec cached = DECODED.get(encoded);
    if (cached != null) {
      return cached;
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
      ScanSpec spec = (ScanSpec) in.readObject();
      if (DECODED.size() >= CACHE_LIMIT) {
        DECODED.clear();
        CQL_TEXT.clear();
      }
      DECODED.put(encoded, spec);
      return spec;
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("corrupt scan spec", e);
    }
  }
}
