package io.github.policeconduct.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.json.CaseFormatException;

/**
 * A stopgap {@link CaseReader} on plain Jackson data binding, used until the strict reader
 * {@code io.github.policeconduct.core.json.CaseJson} lands; then it is deleted.
 *
 * <p>Input forms: a JSON array (streamed element by element; a syntax error ends the array), or lines:
 * each non-blank line is one case (JSON Lines), except that a case that is not complete at the end of its
 * line (pretty-printed) runs on until it is, or until a line starting with <code>{</code> in the first
 * column. A bad line is reported and the next line read.
 */
final class StopgapCaseReader implements CaseReader {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private static final com.fasterxml.jackson.databind.ObjectReader ELEMENT =
      JSON.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  @Override
  public void read(String source, Reader in, Sink sink) throws IOException {
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    r.mark(1 << 16);
    int c;
    do {
      c = r.read();
    } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF');
    r.reset();
    if (c == '[') {
      readArray(source, r, sink);
    } else {
      readLines(source, r, sink);
    }
  }

  private void readArray(String source, BufferedReader r, Sink sink) throws IOException {
    try (JsonParser p = JSON.createParser(r)) {
      p.nextToken(); // START_ARRAY
      int index = 0;
      while (true) {
        JsonToken t;
        long line;
        try {
          t = p.nextToken();
          line = p.currentTokenLocation().getLineNr();
          if (t == JsonToken.END_ARRAY) {
            if (p.nextToken() != null) {
              sink.reject(new CaseFormatException(source, p.currentTokenLocation().getLineNr(), "", "",
                  "unexpected text after the closing ] of the array of cases"));
            }
            return;
          }
          if (t == null) {
            sink.reject(new CaseFormatException(source, p.currentTokenLocation().getLineNr(), "", "",
                "the array of cases is not closed: the input ends before ]"));
            return;
          }
        } catch (StreamReadException e) {
          sink.reject(syntax(source, 1, e));
          return;
        }
        String at = "[" + index++ + "]";
        if (t != JsonToken.START_OBJECT) {
          sink.reject(new CaseFormatException(source, line, at, p.getText(), "each element of the array must be a case object"));
          p.skipChildren();
          continue;
        }
        JsonNode node;
        try {
          node = ELEMENT.readTree(p);
        } catch (StreamReadException e) {
          sink.reject(syntax(source, 1, e));
          return;
        }
        try {
          sink.accept(JSON.treeToValue(node, ConductCase.class));
        } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
          sink.reject(binding(source, line, at, e));
        }
      }
    }
  }

  private void readLines(String source, BufferedReader r, Sink sink) throws IOException {
    long lineNo = 0;
    String line = r.readLine();
    while (line != null) {
      lineNo++;
      if (line.isBlank()) {
        line = r.readLine();
        continue;
      }
      long start = lineNo;
      StringBuilder text = new StringBuilder(line);
      String next = r.readLine();
      // A pretty-printed case runs on over the following lines until it is a complete JSON value; a line
      // starting with "{" in the first column starts the next case (so a truncated JSON Line loses only itself).
      while (next != null && !next.startsWith("{") && isIncomplete(text)) {
        lineNo++;
        text.append('\n').append(next);
        next = r.readLine();
      }
      decode(source, start, text.toString(), sink);
      line = next;
    }
  }

  private static boolean isIncomplete(CharSequence text) {
    try (JsonParser p = JSON.createParser(text.toString())) {
      while (p.nextToken() != null) {
        // read to the end
      }
      return false;
    } catch (JsonEOFException e) {
      return true;
    } catch (IOException e) {
      String m = e.getMessage();
      return m != null && m.contains("end-of-input");
    }
  }

  private static void decode(String source, long start, String text, Sink sink) {
    ConductCase c;
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        sink.reject(new CaseFormatException(source, start, "", abbreviate(text.strip()),
            "each line must hold one case as a JSON object"));
        return;
      }
      c = JSON.readValue(text, ConductCase.class);
    } catch (StreamReadException e) {
      sink.reject(syntax(source, start, e));
      return;
    } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
      sink.reject(binding(source, start, "", e));
      return;
    }
    sink.accept(c);
  }

  private static CaseFormatException syntax(String source, long start, StreamReadException e) {
    JsonLocation loc = e.getLocation();
    long line = loc == null ? start : start + Math.max(loc.getLineNr(), 1) - 1;
    String where = loc == null ? "" : " at column " + loc.getColumnNr();
    String what = e.getOriginalMessage();
    int cut = what.indexOf('\n');
    if (cut > 0) {
      what = what.substring(0, cut);
    }
    return new CaseFormatException(source, line, "", "", "not JSON" + where + ": " + what);
  }

  private static CaseFormatException binding(String source, long line, String prefix, Exception e) {
    if (e instanceof JsonMappingException) {
      JsonMappingException m = (JsonMappingException) e;
      String path = join(prefix, path(m.getPath()));
      if (m instanceof UnrecognizedPropertyException) {
        UnrecognizedPropertyException u = (UnrecognizedPropertyException) m;
        return new CaseFormatException(source, line, path, u.getPropertyName(),
            "unknown key '" + u.getPropertyName() + "'" + known(u));
      }
      if (m instanceof InvalidFormatException) {
        InvalidFormatException f = (InvalidFormatException) m;
        return new CaseFormatException(source, line, path, String.valueOf(f.getValue()),
            "cannot read " + quote(f.getValue()) + " as " + describe(f.getTargetType()));
      }
      if (m instanceof ValueInstantiationException || m.getCause() != null) {
        Throwable root = m;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        Matcher missing = MISSING.matcher(reason);
        if (missing.find()) {
          String keys = snake(missing.group(1));
          return new CaseFormatException(source, line, path, "", "required key missing: " + keys);
        }
        return new CaseFormatException(source, line, path, "", reason);
      }
      if (m instanceof MismatchedInputException) {
        MismatchedInputException mi = (MismatchedInputException) m;
        return new CaseFormatException(source, line, path, "",
            "wrong JSON type: expected " + describe(mi.getTargetType()));
      }
      return new CaseFormatException(source, line, path, "", m.getOriginalMessage());
    }
    return new CaseFormatException(source, line, prefix, "", String.valueOf(e.getMessage()));
  }

  private static String known(UnrecognizedPropertyException u) {
    if (u.getKnownPropertyIds() == null || u.getKnownPropertyIds().isEmpty()) {
      return "";
    }
    java.util.TreeSet<String> keys = new java.util.TreeSet<>();
    u.getKnownPropertyIds().forEach(o -> keys.add(String.valueOf(o)));
    return "; expected one of " + String.join(", ", keys);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        b.append('[').append(ref.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    return path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "the expected type";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean (true or false)";
    }
    if (type == java.time.LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object (" + type.getSimpleName().replace("Immutable", "") + ")";
  }

  private static String quote(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }

  private static String snake(String javaNames) {
    StringBuilder b = new StringBuilder();
    for (char ch : javaNames.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
