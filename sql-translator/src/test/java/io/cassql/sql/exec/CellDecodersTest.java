package io.cassql.sql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan's decoding short cuts give exactly what the Java driver's codecs give, or step aside.
 */
class CellDecodersTest {
  private static final ProtocolVersion V5 = ProtocolVersion.V5;

  @Test
  void should_decode_every_decimal_whose_unscaled_value_fits_a_long_as_the_codec_does() {
    List<BigDecimal> values = new ArrayList<>();
    for (String s :
        new String[] {
          "0",
          "-0.00",
          "1",
          "-1",
          "0.01",
          "127",
          "128",
          "-128",
          "-129",
          "255",
          "256",
          "32767",
          "-32768",
          "1.5E+10",
          "123456789.123456789",
          "-99999999999.99",
          "1E-40",
          "9.9E+300"
        }) {
      values.add(new BigDecimal(s));
    }
    values.add(BigDecimal.valueOf(Long.MAX_VALUE, 3));
    values.add(BigDecimal.valueOf(Long.MIN_VALUE, -7));
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      long unscaled = random.nextLong() >> random.nextInt(64);
      values.add(BigDecimal.valueOf(unscaled, random.nextInt(41) - 20));
    }
    for (BigDecimal d : values) {
      ByteBuffer cell = TypeCodecs.DECIMAL.encode(d, V5);
      BigDecimal fast = CellDecoders.decimal(cell);
      BigDecimal codec = TypeCodecs.DECIMAL.decode(cell, V5);
      assertEquals(codec, fast, d.toString()); // equals: same value and same scale
      assertEquals(0, cell.position(), "the cell is not consumed");
    }
  }

  @Test
  void should_leave_decimals_of_more_than_eight_bytes_to_the_codec() {
    BigDecimal big = new BigDecimal(BigInteger.ONE.shiftLeft(63), 2); // 9 bytes unscaled
    assertNull(CellDecoders.decimal(TypeCodecs.DECIMAL.encode(big, V5)));
    assertNull(CellDecoders.decimal(ByteBuffer.allocate(4)));
  }

  @Test
  void should_decode_texts_as_the_codec_does_at_any_offset() {
    for (String s :
        new String[] {
          "",
          "a",
          "DELIVER IN PERSON",
          "crème brûlée",
          "日本語のテキスト",
          "emoji \uD83D\uDE00 here",
          "a legitimate \uFFFD replacement character",
          "\u0000nul"
        }) {
      ByteBuffer cell = TypeCodecs.TEXT.encode(s, V5);
      assertEquals(TypeCodecs.TEXT.decode(cell, V5), firstNonNull(cell, s), s);
      // a cell in the middle of a larger array, as the driver's frames may give it
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      byte[] frame = new byte[utf8.length + 7];
      System.arraycopy(utf8, 0, frame, 3, utf8.length);
      ByteBuffer slice = ByteBuffer.wrap(frame, 3, utf8.length).slice();
      assertEquals(s, firstNonNull(slice, s));
    }
  }

  /** The short cut's answer, or the codec's when it steps aside (for the legitimate U+FFFD). */
  private static String firstNonNull(ByteBuffer cell, String expected) {
    String fast = CellDecoders.text(cell, StandardCharsets.UTF_8);
    if (expected.indexOf('\uFFFD') >= 0) {
      assertNull(fast, "a replacement character is left to the codec");
      return TypeCodecs.TEXT.decode(cell, V5);
    }
    return fast;
  }

  @Test
  void should_leave_malformed_bytes_to_the_codec_which_refuses_them() {
    ByteBuffer malformed = ByteBuffer.wrap(new byte[] {'a', (byte) 0x80, 'b'});
    assertNull(CellDecoders.text(malformed, StandardCharsets.UTF_8));
    assertThrows(IllegalArgumentException.class, () -> TypeCodecs.TEXT.decode(malformed, V5));
    ByteBuffer notAscii = ByteBuffer.wrap("é".getBytes(StandardCharsets.UTF_8));
    assertNull(CellDecoders.text(notAscii, StandardCharsets.US_ASCII));
    assertThrows(IllegalArgumentException.class, () -> TypeCodecs.ASCII.decode(notAscii, V5));
    ByteBuffer ascii = TypeCodecs.ASCII.encode("MAIL", V5);
    assertEquals("MAIL", CellDecoders.text(ascii, StandardCharsets.US_ASCII));
  }

  @Test
  void should_leave_direct_buffers_to_the_codec() {
    ByteBuffer direct = ByteBuffer.allocateDirect(3).put("abc".getBytes(StandardCharsets.UTF_8));
    direct.flip();
    assertNull(CellDecoders.text(direct, StandardCharsets.UTF_8));
  }

  @Test
  void should_share_the_box_of_a_day_and_keep_every_day_exact() {
    assertSame(CellDecoders.day(9_000), CellDecoders.day(9_000));
    for (int day : new int[] {-25_568, -25_567, -1, 0, 1, 40_000, 39_968, 39_969, 2_000_000}) {
      assertEquals(day, CellDecoders.day(day).intValue());
    }
    assertEquals(Integer.MIN_VALUE, CellDecoders.day(Integer.MIN_VALUE).intValue());
    assertEquals(Integer.MAX_VALUE, CellDecoders.day(Integer.MAX_VALUE).intValue());
  }
}
