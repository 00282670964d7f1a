package io.github.policeconduct.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The characters of a {@link Reader} as UTF-8 bytes, encoded as they are read. */
final class Utf8Input extends InputStream {
  private final Reader reader;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(4 * 8192 + 16);
  private boolean endOfInput;
  private boolean done;

  Utf8Input(Reader reader) {
    this.reader = reader;
    chars.flip();
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int r = read(one, 0, 1);
    return r < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (done) {
        return -1;
      }
      chars.compact();
      int n = reader.read(chars);
      chars.flip();
      if (n < 0) {
        endOfInput = true;
      }
      bytes.clear();
      CoderResult result = encoder.encode(chars, bytes, endOfInput);
      while (result.isError()) {
        // An unpaired surrogate is not Unicode. Pass it on in its three-byte form rather than silently
        // replacing it: the parser then reports the case (or line) holding it as not valid UTF-8.
        for (int i = 0; i < result.length(); i++) {
          char c = chars.get();
          bytes.put((byte) (0xE0 | (c >> 12)));
          bytes.put((byte) (0x80 | ((c >> 6) & 0x3F)));
          bytes.put((byte) (0x80 | (c & 0x3F)));
        }
        result = encoder.encode(chars, bytes, endOfInput);
      }
      if (endOfInput) {
        encoder.flush(bytes);
        done = true;
      }
      bytes.flip();
    }
    int r = Math.min(len, bytes.remaining());
    bytes.get(b, off, r);
    return r;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
