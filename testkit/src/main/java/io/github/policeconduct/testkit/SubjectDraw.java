package io.github.policeconduct.testkit;

import java.time.LocalDate;
import java.util.Optional;

import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Subject;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The random choices behind a subject, drawn whatever the role so that changing the role while shrinking
 * does not shift the draws that follow.
 */
record SubjectDraw(Rank rank, boolean specialHasRank, boolean student, Optional<Integer> id) {

  static Gen<SubjectDraw> gen() {
    return Generators.ranks().zip(Generate.booleans(), Generators.oneIn(5),
        Generators.optional(Generate.range(1, 9999, 1), 50), SubjectDraw::new);
  }

  Subject toSubject(Role role, Optional<LocalDate> joined, Optional<ServiceEnd> left) {
    boolean hasRank = role == Role.POLICE_OFFICER || (role == Role.SPECIAL_CONSTABLE && specialHasRank);
    return Subject.builder()
        .id(id.map(n -> "P-" + n))
        .role(role)
        .rank(hasRank ? Optional.of(rank) : Optional.empty())
        .studentOfficer(role == Role.POLICE_OFFICER && rank == Rank.CONSTABLE && student)
        .joined(joined)
        .left(left)
        .build();
  }
}
