package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import org.junit.jupiter.api.Test;

/**
 * The {@code events} of the case format (issue 17, item 1): read and written in the order recorded, with the
 * published codes; an unknown type, an allegation the case does not have, or a date before the case began is a
 * problem naming the event and its date.
 */
class EventsFormatTest {
  private static final CaseJson JSON = CaseJson.standard();

  private static String withEvents(String events) {
    return variant("events", events);
  }

  @Test
  void eventsAreReadAndWrittenInTheOrderRecorded() {
    String text = withEvents("[{\"type\": \"documents_supplied\", \"date\": \"2021-05-03\"},"
        + " {\"type\": \"officer_response_given\", \"date\": \"2021-05-20\", \"allegation\": \"A1\"}]");
    ConductCase c = JSON.read(text, "cases.json");
    assertEquals(List.of(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, LocalDate.of(2021, 5, 3)),
        CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, LocalDate.of(2021, 5, 20), "A1")), c.events());
    String written = JSON.write(c);
    assertTrue(written.contains("\"events\":[{\"type\":\"documents_supplied\",\"date\":\"2021-05-03\"},"
        + "{\"type\":\"officer_response_given\",\"date\":\"2021-05-20\",\"allegation\":\"A1\"}]"), written);
    assertEquals(c, JSON.read(written, "again.json"));
    assertTrue(!JSON.write(JSON.read(Fixtures.GOOD, "g.json")).contains("events"), "no events, no key");
  }

  @Test
  void anUnknownTypeIsNamedWithWhatItMostLikelyMeant() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> JSON.read(
        withEvents("[{\"type\": \"documents_suplied\", \"date\": \"2021-05-03\"}]"), "cases.json"));
    assertEquals("events[0].type", e.path().orElse(""));
    assertTrue(e.getMessage().contains("unknown event type 'documents_suplied'"), e.getMessage());
    assertTrue(e.getMessage().endsWith("did you mean documents_supplied?"), e.getMessage());
  }

  @Test
  void anEventOfAnAllegationTheCaseDoesNotHaveIsNamedWithItsDate() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> JSON.read(
        withEvents("[{\"type\": \"written_notice_given\", \"date\": \"2021-03-04\", \"allegation\": \"A9\"}]"), "c.json"));
    assertEquals("events[0].allegation", e.path().orElse(""));
    assertTrue(e.getMessage().contains("A9 (written_notice_given on 2021-03-04) is not an allegation"), e.getMessage());
  }

  @Test
  void anEventBeforeTheCaseBeganIsNamedWithItsDate() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> JSON.read(
        withEvents("[{\"type\": \"written_notice_given\", \"date\": \"2021-02-27\"}]"), "c.json"));
    assertEquals("events[0].date", e.path().orElse(""));
    assertTrue(e.getMessage().contains("(written_notice_given) is before any allegation came to attention (the earliest"
        + " on 2021-03-01)"), e.getMessage());
    assertTrue(e.getMessage().contains("2021-02-27"), e.getMessage());
    // notice of intention to resign may come first
    JSON.read(withEvents("[{\"type\": \"notice_to_resign_given\", \"date\": \"2021-02-27\"}]"), "c.json");
  }

  @Test
  void anEventWithoutADateIsAMissingKey() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> JSON.read(
        withEvents("[{\"type\": \"suspended\"}]"), "c.json"));
    assertEquals("events[0].date", e.path().orElse(""));
  }
}
