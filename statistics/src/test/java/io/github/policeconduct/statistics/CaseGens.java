package io.github.policeconduct.statistics;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import org.quicktheories.core.Gen;

/** Local generators of valid caseloads, built from the core builders (the shared testkit comes later). */
final class CaseGens {
  private CaseGens() {}

  private static final LocalDate BASE = LocalDate.of(2012, 1, 1);

  /** An allegation's standards, categories and finding (index 3 = no finding). */
  private static final class Spec {
    final List<Standard> standards;
    final List<Category> categories;
    final int finding;

    Spec(List<Standard> standards, List<Category> categories, int finding) {
      this.standards = standards;
      this.categories = categories;
      this.finding = finding;
    }
  }

  private static Gen<Spec> allegation() {
    return lists().of(arbitrary().enumValues(Standard.class)).ofSizeBetween(1, 3)
        .zip(lists().of(arbitrary().enumValues(Category.class)).ofSizeBetween(0, 2), integers().between(0, 3), Spec::new);
  }

  /** Subject id index (-1: none), role, rank, proceedings (forum -1: none; outcome -1: none; day -1: none). */
  private static Gen<int[]> shape() {
    return integers().between(-1, 6).zip(integers().between(0, Role.values().length - 1),
        integers().between(-1, Rank.values().length - 1), integers().between(-1, Forum.values().length - 1),
        (a, b, c, d) -> new int[] {a, b, c, d})
        .zip(integers().between(-1, Outcome.values().length - 1), integers().between(-1, 1500),
            (s, o, day) -> new int[] {s[0], s[1], s[2], s[3], o, day});
  }

  /** One case with the given id. */
  static Gen<ConductCase> conductCase(String id) {
    return lists().of(allegation()).ofSizeBetween(1, 3).zip(shape(), (specs, s) -> build(id, specs, s));
  }

  /** A caseload of 0 to {@code max} cases with distinct ids. */
  static Gen<List<ConductCase>> caseload(int max) {
    return lists().of(lists().of(allegation()).ofSizeBetween(1, 3).zip(shape(), (specs, s) -> new Object[] {specs, s}))
        .ofSizeBetween(0, max).map(list -> {
          List<ConductCase> out = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            @SuppressWarnings("unchecked")
            List<Spec> specs = (List<Spec>) list.get(i)[0];
            out.add(build("C" + i, specs, (int[]) list.get(i)[1]));
          }
          return out;
        });
  }

  private static ConductCase build(String id, List<Spec> specs, int[] s) {
    Role role = Role.values()[s[1]];
    Subject.Builder subject = Subject.builder().role(role);
    if (s[0] >= 0) {
      subject.id("P-" + s[0]);
    }
    if (role == Role.POLICE_OFFICER || s[2] >= 0) {
      subject.rank(Rank.values()[Math.max(0, s[2])]);
    }
    ConductCase.Builder c = ConductCase.builder().id(id).subject(subject.build());
    for (int i = 0; i < specs.size(); i++) {
      Spec a = specs.get(i);
      c.addAllegations(Allegation.builder().id("A" + i).addAllStandards(EnumSet.copyOf(a.standards))
          .addAllCategories(a.categories).cameToAttention(BASE).build());
    }
    if (s[3] >= 0) {
      Proceedings.Builder p = Proceedings.builder().forum(Forum.values()[s[3]]);
      if (s[5] >= 0) {
        p.date(BASE.plusDays(s[5]));
      }
      if (s[4] >= 0) {
        p.outcome(Outcome.values()[s[4]]);
      }
      for (int i = 0; i < specs.size(); i++) {
        if (specs.get(i).finding < 3) {
          p.addFindings(AllegationFinding.of("A" + i, Finding.values()[specs.get(i).finding]));
        }
      }
      c.proceedings(p.build());
    }
    return c.build();
  }
}
