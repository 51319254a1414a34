package org.conflictstats.validation;

/** The paths the standard rules point at, named after the model's record components. */
final class ReportPaths {

  static final FieldPath SOURCE = FieldPath.root().field("source");
  static final FieldPath PERIOD = FieldPath.root().field("period");
  static final FieldPath PERIOD_START = PERIOD.field("start");
  static final FieldPath PERIOD_END = PERIOD.field("end");
  static final FieldPath CASUALTIES = FieldPath.root().field("casualties");

  private ReportPaths() {}

  /** Returns the path of line {@code i}: {@code lines[i]}. */
  static FieldPath line(int i) {
    return FieldPath.root().field("lines").index(i);
  }
}
