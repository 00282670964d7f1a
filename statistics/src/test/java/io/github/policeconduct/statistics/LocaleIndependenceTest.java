package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Labels for machines do not change with the JVM's default locale (Arabic and Persian digits). */
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
  void financialYearLabelsUseAsciiDigits() {
    for (Locale l : new Locale[] {new Locale("ar", "SA"), new Locale("fa", "IR")}) {
      assertEquals("2021/22", under(l, () -> FinancialYear.startingIn(2021).toString()), l.toString());
    }
  }
}
