package io.github.policeconduct.testkit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.PseudoRandom;
import org.quicktheories.core.Strategy;
import org.quicktheories.impl.Constraint;

/**
 * A QuickTheories randomness source driven by a seed, for generating values outside {@code qt()}.
 *
 * <p>It draws each value uniformly within the generator's constraint with QuickTheories' own
 * pseudo-random generator ({@link Strategy#defaultPRNG(long)}), exactly as QuickTheories draws a fresh
 * value; there is no shrinking and no boundary skew. QuickTheories 0.26 keeps a constraint's bounds
 * package-private, so they are read once through a private method handle (QuickTheories is an automatic
 * module, which opens all its packages; on the class path everything is open).
 *
 * <p>Not thread-safe: one instance per stream.
 */
final class SeededSource implements DetatchedRandomnessSource {
  /** Rejections allowed while generating one value through {@code Gen.assuming}. */
  static final int MAX_FAILED_ASSUMPTIONS = 10_000;

  private static final MethodHandle MIN;
  private static final MethodHandle MAX;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Constraint.class, MethodHandles.lookup());
      MIN = lookup.findVirtual(Constraint.class, "min", MethodType.methodType(long.class));
      MAX = lookup.findVirtual(Constraint.class, "max", MethodType.methodType(long.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExceptionInInitializerError(new IllegalStateException(
          "cannot read QuickTheories Constraint.min()/max(): police-conduct-testkit needs QuickTheories 0.26 ("
              + e + ")", e));
    }
  }

  private final PseudoRandom prng;
  private int failedAssumptions;

  SeededSource(long seed) {
    this.prng = Strategy.defaultPRNG(seed);
  }

  /** Starts a new value: forgets the assumptions that failed for the previous one. */
  void startValue() {
    failedAssumptions = 0;
  }

  @Override
  public long next(Constraint constraint) {
    try {
      long min = (long) MIN.invokeExact(constraint);
      long max = (long) MAX.invokeExact(constraint);
      return prng.nextLong(min, max);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("cannot read QuickTheories constraint " + constraint, t);
    }
  }

  @Override
  public DetatchedRandomnessSource detach() {
    return this;
  }

  @Override
  public void commit() {
    // Nothing to commit: values are not recorded for shrinking.
  }

  @Override
  public void registerFailedAssumption() {
    if (++failedAssumptions >= MAX_FAILED_ASSUMPTIONS) {
      throw new IllegalStateException("gave up after " + failedAssumptions
          + " generated values failed the generator's assumptions (Gen.assuming): loosen the assumption");
    }
  }
}
