package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import org.junit.jupiter.api.Test;

/**
 * Text for people and labels for machines do not change with the JVM's default locale: under Arabic (Saudi Arabia)
 * and Persian the steps were numbered and the years labelled in other digits.
 */
class LocaleIndependenceTest {
  private static String under(Locale locale, java.util.function.Supplier<String> render) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(locale);
      return render.get();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aDecisionReadsTheSameUnderAnyDefaultLocale() {
    ConductCase c = ConductCase.builder().id("LOCALE").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build())
        .addAllegations(Allegation.builder("A1", Standard.USE_OF_FORCE).cameToAttention(LocalDate.of(2024, 3, 1))
            .severity(SeverityAssessment.of(Severity.MISCONDUCT, LocalDate.of(2024, 3, 8))).build())
        .build();
    String root = under(Locale.ROOT, () -> ConductRules.decide(c).toString());
    assertTrue(root.contains("   1. "), root);
    for (Locale l : new Locale[] {new Locale("ar", "SA"), new Locale("fa", "IR"), new Locale("hi", "IN"), Locale.GERMANY}) {
      assertEquals(root, under(l, () -> ConductRules.decide(c).toString()), l.toString());
    }
  }
}
