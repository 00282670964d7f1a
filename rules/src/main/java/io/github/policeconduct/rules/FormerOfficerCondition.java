package io.github.policeconduct.rules;

/**
 * The conditions under which proceedings for alleged gross misconduct may be brought against a person
 * who has left the police (Police (Conduct) Regulations 2020, reg 4(2)-(5); 2012 Regulations, reg 5(2)-(5)
 * as amended from 15 December 2017).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FormerOfficerCondition {
  /** The person left after the allegation came to the attention of a relevant body. */
  A,
  /** The person left before the allegation came to attention, no more than 12 months before. */
  B,
  /** The person left more than 12 months before, and a Condition C special determination was made. */
  C
}
