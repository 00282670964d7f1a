package io.github.policeconduct.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.policeconduct.rules.render.Diagrams;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lifecycle SVG inlined in an HTML page, as the explorer site does, is valid HTML by the Nu Html Checker. */
class LifecycleSvgHtmlTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theLifecycleSvgIsValidInlineInHtml(boolean formerOfficer) throws IOException {
    Path page = dir.resolve("lifecycle.html");
    Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Lifecycle</title>\n</head>\n<body>\n<main>\n<figure>\n" + Diagrams.lifecycleSvg(formerOfficer)
        + "<figcaption>The lifecycle</figcaption>\n</figure>\n</main>\n</body>\n</html>\n", StandardCharsets.UTF_8);
    assertEquals(List.of(), new HtmlChecks().checkAll(List.of(page)));
  }
}
