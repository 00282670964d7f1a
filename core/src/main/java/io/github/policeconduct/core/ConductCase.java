package io.github.policeconduct.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.policeconduct.core.internal.Codes;
import org.immutables.value.Value;

/**
 * A conduct case: a subject, their disciplinary record, one or more allegations and, once held, the
 * proceedings. A case can be described at any stage (allegation only, assessed, with proceedings,
 * concluded); the rules say what is known so far and what comes next.
 *
 * <p>Invariants: a non-blank id; at least one allegation; allegation ids unique; every finding names an
 * allegation of this case.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ConductCase {
  ConductCase() {}

  /**
   * The case reference (pseudonymous).
   *
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The force dealing with the case, e.g. "Kent Police".
   *
   * @since 0.1.0
   */
  public abstract Optional<String> force();

  /**
   * Who the allegations are about.
   *
   * @since 0.1.0
   */
  public abstract Subject subject();

  /**
   * The subject's disciplinary record; empty when not given.
   *
   * @since 0.1.0
   */
  @Value.Default
  public DisciplinaryRecord record() {
    return DisciplinaryRecord.empty();
  }

  /**
   * The allegations, in the order given; never empty.
   *
   * @since 0.1.0
   */
  public abstract List<Allegation> allegations();

  /**
   * Whether the Director General of the IOPC has made a Condition C special determination (needed to
   * bring proceedings against a former officer who left more than 12 months before the allegation came to
   * attention). Defaults to false.
   *
   * @since 0.1.0
   */
  @Value.Default
  public boolean conditionCDetermination() {
    return false;
  }

  /**
   * The proceedings, once held.
   *
   * @since 0.1.0
   */
  public abstract Optional<Proceedings> proceedings();

  /**
   * The allegation with the given id.
   *
   * @since 0.1.0
   */
  public Optional<Allegation> allegation(String allegationId) {
    return allegations().stream().filter(a -> a.id().equals(allegationId)).findFirst();
  }

  /**
   * A builder.
   *
   * @since 0.1.0
   */
  public static ImmutableConductCase.Builder builder() {
    return ImmutableConductCase.builder();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw InvalidFactException.of("id", "'" + id() + "'", "must not be blank");
    }
    if (allegations().isEmpty()) {
      throw InvalidFactException.of("allegations", "[]", "must not be empty in case " + id() + ": a case needs at least one allegation");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < allegations().size(); i++) {
      String allegationId = allegations().get(i).id();
      if (!ids.add(allegationId)) {
        throw InvalidFactException.of("allegations[" + i + "].id", allegationId, allegationId
            + " appears more than once in case " + id() + ": allegation ids must be unique");
      }
    }
    if (proceedings().isPresent()) {
      List<AllegationFinding> findings = proceedings().get().findings();
      for (int i = 0; i < findings.size(); i++) {
        String named = findings.get(i).allegation();
        if (!ids.contains(named)) {
          throw InvalidFactException.of("proceedings.findings[" + i + "].allegation", named, named
              + " is not an allegation of case " + id() + " (allegations: "
              + ids.stream().map(Codes::shown).collect(Collectors.toList()) + ")");
        }
      }
    }
  }

  @Override
  public String toString() {
    return "ConductCase{id=" + id() + ", subject=" + subject() + ", allegations=" + allegations()
        + proceedings().map(p -> ", forum=" + p.forum() + p.outcome().map(o -> ", outcome=" + o).orElse("")).orElse("")
        + "}";
  }
}
