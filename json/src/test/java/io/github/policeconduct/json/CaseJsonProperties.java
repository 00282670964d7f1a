package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.DisciplinaryRecord;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.core.WarningType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CaseJsonProperties {
  private static final CaseJson JSON = CaseJson.standard();
  private static final LocalDate EPOCH = LocalDate.of(2008, 1, 1);

  private static final Gen<LocalDate> DATES = integers().between(0, 7000).map(EPOCH::plusDays);
  private static final Gen<Boolean> COIN = booleans().all();
  /** Text without lone surrogates (which are not Unicode and cannot be written as UTF-8). */
  private static final Gen<String> TEXT = strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(1, 12);

  /** Valid cases, touching every key of the format. */
  static final Gen<ConductCase> CASES = in -> {
    Role role = arbitrary().enumValues(Role.class).generate(in);
    Subject.Builder subject = Subject.builder().role(role).studentOfficer(COIN.generate(in));
    if (role == Role.POLICE_OFFICER || COIN.generate(in)) {
      subject.rank(arbitrary().enumValues(Rank.class).generate(in));
    }
    if (COIN.generate(in)) {
      subject.id("P-" + TEXT.generate(in).trim() + "x");
    }
    LocalDate joined = DATES.generate(in);
    if (COIN.generate(in)) {
      subject.joined(joined);
      if (COIN.generate(in)) {
        subject.left(ServiceEnd.of(joined.plusDays(integers().between(0, 900).generate(in)),
            arbitrary().enumValues(Departure.class).generate(in)));
      }
    }
    ConductCase.Builder c = ConductCase.builder().id("C-" + integers().between(1, 99999).generate(in))
        .subject(subject.build()).conditionCDetermination(COIN.generate(in));
    if (COIN.generate(in)) {
      c.force(TEXT.generate(in));
    }
    // Proceedings come after every allegation came to attention and was assessed, and after the warnings on record.
    LocalDate[] latest = {LocalDate.MIN};
    if (COIN.generate(in)) {
      LocalDate notified = DATES.generate(in);
      latest[0] = notified;
      c.record(DisciplinaryRecord.builder().reducedInRank(COIN.generate(in))
          .addWarnings(Warning.of(arbitrary().enumValues(WarningType.class).generate(in), notified,
              integers().between(1, 60).generate(in)))
          .build());
    }
    int n = integers().between(1, 3).generate(in);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      LocalDate attention = DATES.generate(in);
      latest[0] = attention.plusDays(7).isAfter(latest[0]) ? attention.plusDays(7) : latest[0]; // assessed a week on
      Allegation.Builder a = Allegation.builder("A" + i, arbitrary().enumValues(Standard.class).generate(in),
          arbitrary().enumValues(Standard.class).generate(in))
          .cameToAttention(attention).connectedToEarlierAllegation(COIN.generate(in));
      if (COIN.generate(in)) {
        a.addCategories(arbitrary().enumValues(Category.class).generate(in));
      }
      if (COIN.generate(in)) {
        a.conductDate(attention.minusDays(integers().between(0, 400).generate(in)));
      }
      if (COIN.generate(in)) {
        a.summary(TEXT.generate(in));
      }
      if (COIN.generate(in)) {
        a.severity(COIN.generate(in) ? SeverityAssessment.of(arbitrary().enumValues(Severity.class).generate(in))
            : SeverityAssessment.of(arbitrary().enumValues(Severity.class).generate(in), attention.plusDays(7)));
      }
      c.addAllegations(a.build());
      ids.add("A" + i);
    }
    if (COIN.generate(in)) {
      Proceedings.Builder p = Proceedings.builder().forum(arbitrary().enumValues(Forum.class).generate(in))
          .unconnectedIncidents(COIN.generate(in));
      if (COIN.generate(in)) {
        p.date(latest[0].plusDays(integers().between(0, 400).generate(in)));
      }
      for (String id : ids) {
        if (COIN.generate(in)) {
          p.addFindings(AllegationFinding.of(id, arbitrary().enumValues(Finding.class).generate(in)));
        }
      }
      if (COIN.generate(in)) {
        p.outcome(arbitrary().enumValues(Outcome.class).generate(in));
      }
      if (COIN.generate(in)) {
        p.finalWrittenWarningMonths(integers().between(1, 36).generate(in));
      }
      c.proceedings(p.build());
    }
    return c.build();
  };

  @Test
  void writingThenReadingGivesTheSameCaseAndTheSameText() {
    qt().withExamples(300).forAll(CASES).checkAssert(c -> {
      String once = JSON.write(c);
      assertEquals(c, JSON.read(once));
      assertEquals(once, JSON.write(JSON.read(once)));
      assertEquals(c, JSON.read(JSON.writePretty(c)));
    });
  }

  @Test
  void writtenCasesStreamBackAsJsonLines() {
    qt().withExamples(50).forAll(CASES, CASES).checkAssert((a, b) -> {
      List<ConductCase> back = new ArrayList<>();
      try (CaseJson.Cursor cursor = JSON.open(new StringReader(JSON.write(a) + "\n" + JSON.write(b) + "\n"), "p")) {
        cursor.forEachRemaining(r -> back.add(r.get()));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(List.of(a, b), back);
    });
  }

  @Test
  void codesAreReadInAnyCase() {
    qt().forAll(arbitrary().enumValues(Standard.class), integers().all()).checkAssert((s, mask) -> {
      StringBuilder mangled = new StringBuilder();
      String code = s.code();
      for (int i = 0; i < code.length(); i++) {
        char ch = code.charAt(i);
        mangled.append(((mask >> (i % 31)) & 1) == 1 ? Character.toUpperCase(ch) : ch);
      }
      assertEquals(s, Standard.parse(mangled.toString()));
      assertEquals(s, Standard.parse(mangled.toString().replace('_', ' ').toUpperCase(Locale.ROOT)));
    });
  }

  /**
   * Corrupting one character of a valid case gives a case or a CaseFormatException, never anything else;
   * and a corrupted line in the middle of JSON Lines never stops the next line from being read.
   */
  @Test
  void onlyCaseFormatExceptionsEscape() {
    Gen<Character> junk = arbitrary().pick('"', '{', '}', '[', ']', ',', ':', '0', 'x', ' ', '\\', '\n', 'é');
    qt().withExamples(500).forAll(CASES, integers().between(0, 100_000), junk).checkAssert((c, at, ch) -> {
      String json = JSON.write(c);
      int i = at % json.length();
      String broken = json.substring(0, i) + ch + json.substring(i + 1);
      try {
        JSON.read(broken);
      } catch (CaseFormatException expected) {
        // fine: reported
      }
      try (CaseJson.Cursor cursor = JSON.open(new StringReader(json + "\n" + broken + "\n" + json), "fuzz")) {
        List<CaseJson.Result> all = new ArrayList<>();
        cursor.forEachRemaining(all::add);
        assertEquals(c, all.get(0).get());
        assertEquals(c, all.get(all.size() - 1).get());
        assertEquals(all.size(), all.get(all.size() - 1).index());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }
}
