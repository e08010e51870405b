package io.cassql.cli.internal.format;

/** A text value that is JSON (a collection, tuple, UDT or vector in CQL mode). */
public record JsonText(String text) {
  @Override
  public String toString() {
    return text;
  }
}
