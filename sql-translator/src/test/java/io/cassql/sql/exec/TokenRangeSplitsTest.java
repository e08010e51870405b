package io.cassql.sql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.metadata.token.TokenRange;
import com.datastax.oss.driver.internal.core.metadata.token.Murmur3Token;
import com.datastax.oss.driver.internal.core.metadata.token.Murmur3TokenRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A scan's token-range splits cover the whole ring once, in about equal shares. */
class TokenRangeSplitsTest {

  @Test
  void should_cut_ranges_of_unequal_size_into_equal_shares_covering_the_ring_once() {
    // a ring of four vnode ranges, one wrapping; sizes 1 : 2 : 3 : 2 (eighths of 2^64)
    long q = Long.MAX_VALUE / 4 + 1; // 2^61
    long a = Long.MIN_VALUE + q; // where the wrapping range ends
    long b = a + q;
    long c = b + 2 * q;
    long d = c + 3 * q; // the wrapping range (d, a] holds the last 2 eighths, across the minimum
    Set<TokenRange> ring =
        Set.of(range(a, b), range(b, c), range(c, d), new Murmur3TokenRange(token(d), token(a)));
    List<TokenRange> splits = TokenRangeScan.splits(ring, 16);
    double total = 0;
    List<Double> sizes = new ArrayList<>();
    for (TokenRange r : splits) {
      assertTrue(!r.isWrappedAround(), r + " is unwrapped");
      double size = size(r);
      sizes.add(size);
      total += size;
    }
    assertEquals(Math.pow(2, 64), total, 1e6, "the splits cover the ring once");
    double ideal = total / splits.size();
    for (double size : sizes) {
      assertTrue(size <= ideal * 1.5 && size >= ideal / 1.5, size / ideal + " of an equal share");
    }
    assertTrue(splits.size() >= 12 && splits.size() <= 20, splits.size() + " splits for 16");
  }

  private static double size(TokenRange r) {
    long start = ((Murmur3Token) r.getStart()).getValue();
    long end = ((Murmur3Token) r.getEnd()).getValue();
    return (end == Long.MIN_VALUE ? (double) Long.MAX_VALUE : (double) end) - (double) start;
  }

  private static Murmur3Token token(long v) {
    return new Murmur3Token(v);
  }

  private static TokenRange range(long start, long end) {
    return new Murmur3TokenRange(token(start), token(end));
  }
}
