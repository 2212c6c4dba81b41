package dev.assay.gate.security;

/**
 * What the intra-method data flow knows about a value: whether it may come from outside (a
 * parameter, a field of unknown origin, a request), whether it was built by concatenation or
 * formatting, whether constant parts of it look like SQL, and where the outside part came from.
 *
 * @param bits a combination of {@link #OUTSIDE}, {@link #REQUEST}, {@link #BUILT}, {@link #SQL},
 *     {@link #UNKNOWN}
 * @param origin the first outside value it was built from, for messages (empty when clean)
 */
record Flow(int bits, String origin) {
  /** A parameter or a field whose value the method does not know. */
  static final int OUTSIDE = 1;

  /** A value read from an HTTP request (servlet, Spring, JAX-RS). */
  static final int REQUEST = 2;

  /** Built by concatenation, formatting or a string builder from an outside part. */
  static final int BUILT = 4;

  /** A constant part reads like SQL (SELECT, WHERE, ...). */
  static final int SQL = 8;

  /**
   * The result of a call the flow does not know, given an outside value: treated as clean for
   * reporting (calls are not followed), but never proof that the value is safe.
   */
  static final int UNKNOWN = 16;

  static final Flow CLEAN = new Flow(0, "");

  static Flow outside(String origin) {
    return new Flow(OUTSIDE, origin);
  }

  static Flow request(String origin) {
    return new Flow(OUTSIDE | REQUEST, origin);
  }

  boolean tainted() {
    return (bits & (OUTSIDE | REQUEST)) != 0;
  }

  /** Known to hold no outside data: constants, sanitised or parsed values only. */
  boolean provenClean() {
    return !tainted() && !has(UNKNOWN);
  }

  boolean fromRequest() {
    return (bits & REQUEST) != 0;
  }

  boolean has(int bit) {
    return (bits & bit) != 0;
  }

  /** Tainted and built around the outside part, or taken straight from a request. */
  boolean injectable() {
    return fromRequest() || tainted() && has(BUILT);
  }

  Flow join(Flow other) {
    if (other.bits == 0) {
      return this;
    }
    if (bits == 0) {
      return other;
    }
    return new Flow(bits | other.bits, origin.isEmpty() ? other.origin : origin);
  }

  /** This value as part of a concatenation: built when an outside part is in it. */
  Flow built() {
    return tainted() ? new Flow(bits | BUILT, origin) : this;
  }

  /** The same value without its outside origin (constants keep their SQL look). */
  Flow cleaned() {
    return new Flow(bits & SQL, "");
  }
}
