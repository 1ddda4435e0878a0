package org.storerecon.jobs.resolve;

import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.storerecon.common.code.CodeRepair;
import org.storerecon.common.similarity.TextSimilarity;

/** The domain library functions the resolve stage needs, as Spark functions defined once. Null in, null out. */
final class ResolveFunctions {

  /** Jaro-Winkler similarity of two normalised texts; null when either is null. */
  static final UserDefinedFunction JARO_WINKLER = functions.udf(
      (UDF2<String, String, Double>) (a, b) -> a == null || b == null ? null : TextSimilarity.jaroWinkler(a, b),
      DataTypes.DoubleType);

  /** Every valid code one substitution or adjacent transposition away ({@link CodeRepair}). */
  static final UserDefinedFunction CODE_REPAIRS = functions.udf(
      (UDF1<String, String[]>) code -> code == null ? null : CodeRepair.candidates(code).toArray(String[]::new),
      DataTypes.createArrayType(DataTypes.StringType));

  private ResolveFunctions() {}
}
