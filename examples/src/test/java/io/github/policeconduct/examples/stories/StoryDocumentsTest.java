package io.github.policeconduct.examples.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;

import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.DocumentKind;
import io.github.policeconduct.rules.DocumentResult;
import io.github.policeconduct.rules.Documents;
import org.junit.jupiter.api.Test;

/**
 * The demo's stories' documents: for each case of each story, each of the three documents where it applies (in
 * Markdown), and where it does not, why not; as at the latest date the case records, as the demo decides it. Reviewed
 * by eye against the law; regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class StoryDocumentsTest {
  @Test
  void theStoriesDocuments() throws IOException {
    StringBuilder b = new StringBuilder();
    int written = 0;
    for (Story story : Stories.all()) {
      for (Episode e : story.episodes()) {
        LocalDate asAt = ConductRules.latestDate(e.conductCase());
        for (DocumentKind kind : DocumentKind.values()) {
          DocumentResult r = Documents.write(kind, e.conductCase(), asAt);
          b.append("<!-- ").append(story.title()).append(" / ").append(e.heading()).append(" / ").append(kind.code()).append(" -->\n\n");
          if (r.document().isPresent()) {
            written++;
            b.append(r.document().get()).append('\n');
          } else {
            b.append("No ").append(kind.title()).append(" (").append(r.whyNot().get().reason().code()).append("): ")
                .append(r.whyNot().get().because()).append(" [").append(r.whyNot().get().citation()).append("]\n\n");
          }
        }
      }
    }
    assertTrue(written >= 3, "the stories have documents");
    io.github.policeconduct.rules.Golden.check("story-documents.md", b.toString());
  }
}
