package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * The role the subject of an allegation held. Only police officers and special constables are within
 * the Police (Conduct) Regulations; PCSOs and other police staff are dealt with under their force's
 * staff procedures, and police volunteers under the force's volunteer arrangements. All of them can be
 * reported to the College of Policing for the Barred or Advisory List (Police Act 1996, Part 4A).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Role {
  /** A member of a police force, of any rank. */
  POLICE_OFFICER("officer", "constable_or_above"),
  /** A special constable (a volunteer officer with full powers). */
  SPECIAL_CONSTABLE("special"),
  /** A police community support officer, a member of police staff. */
  PCSO("police_community_support_officer"),
  /** Police staff other than PCSOs. */
  POLICE_STAFF("staff"),
  /**
   * A community support volunteer: a police volunteer designated under section 38(1A)(a) of the Police Reform
   * Act 2002. Not within the Conduct Regulations; reported for the Police Advisory List (Police Act 1996,
   * Part 4A; the rules module's rulebook holds the provision).
   *
   * @since 0.2.0
   */
  COMMUNITY_SUPPORT_VOLUNTEER("csv"),
  /**
   * A policing support volunteer: a police volunteer designated under section 38(1A)(b) of the Police Reform
   * Act 2002. Not within the Conduct Regulations; reported for the Police Advisory List (Police Act 1996,
   * Part 4A; the rules module's rulebook holds the provision).
   *
   * @since 0.2.0
   */
  POLICING_SUPPORT_VOLUNTEER("psv");

  private static final Map<String, Role> INDEX = Codes.index(Role.class,
      r -> ImmutableList.<String>builder().add(r.name()).add(r.aliases).build());

  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Role(String... aliases) {
    this.code = Codes.code(this);
    this.aliases = aliases;
  }

  /**
   * Whether people in this role hold the office of constable: police officers and special constables.
   *
   * @since 0.1.0
   */
  public boolean isConstable() {
    return this == POLICE_OFFICER || this == SPECIAL_CONSTABLE;
  }

  /**
   * Whether people in this role are civilian police employees (Police Act 1996, Part 4A): PCSOs and other police
   * staff. A dismissal of one for a reason relating to conduct, efficiency or effectiveness goes on the Police
   * Barred List.
   *
   * @since 0.2.0
   */
  public boolean isCivilianPoliceEmployee() {
    return this == PCSO || this == POLICE_STAFF;
  }

  /**
   * Whether people in this role are police volunteers designated under section 38(1A) of the Police Reform Act
   * 2002 (community support and policing support volunteers). Special constables are not: they hold the office
   * of constable.
   *
   * @since 0.2.0
   */
  public boolean isPoliceVolunteer() {
    return this == COMMUNITY_SUPPORT_VOLUNTEER || this == POLICING_SUPPORT_VOLUNTEER;
  }

  /**
   * The canonical lower snake_case code, e.g. {@code police_officer}.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a role from its code or alias, ignoring case.
   *
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Role parse(String text) {
    return Codes.parse(INDEX, "role", text, Role::code, Role.class);
  }

  @Override
  public String toString() {
    return code();
  }
}
