package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.storerecon.common.code.CodeStatus;
import org.storerecon.common.contract.ReasonCode;
import org.storerecon.jobs.normalize.DomainColumns;
import org.storerecon.jobs.normalize.DomainFunctions;

/**
 * Checks of the protected-brand list beyond column types (the tier enum is a contract enum,
 * checked like any other): Nice classes must be 1–45, and the owner's and licensees' codes must
 * pass the domain library's code validator ({@code valid}, or {@code legacy_pilot} as the
 * registry tolerates it). A failing row is quarantined with {@code BAD_VALUE}, since a brand
 * whose rights holders cannot be identified would turn its owner's own shops into leads.
 */
final class BrandRowChecks {

  static final String NICE_CLASSES = "nice_classes";
  static final String OWNER_CODE = "owner_code";
  static final String LICENSEE_CODES = "licensee_codes";
  private static final int MIN_NICE_CLASS = 1;
  private static final int MAX_NICE_CLASS = 45;
  private static final String NICE_CLASS_SHAPE = "^[0-9]{1,2}$";
  private static final List<String> USABLE = List.of(CodeStatus.VALID.label(), CodeStatus.LEGACY_PILOT.label());

  /** One check: the reason, when it fails, and the detail for a person. */
  record Check(ReasonCode reason, Column failed, Column detail) {}

  private BrandRowChecks() {}

  static List<Check> checks(Map<String, Column> typed) {
    Column classes = typed.get(NICE_CLASSES);
    Column badClasses = filter(classes, x -> not(x.rlike(NICE_CLASS_SHAPE).and(x.cast("int").between(MIN_NICE_CLASS, MAX_NICE_CLASS))));
    Column owner = typed.get(OWNER_CODE);
    Column licensees = typed.get(LICENSEE_CODES);
    Column badLicensees = filter(licensees, x -> not(usable(x)));
    return List.of(
        new Check(ReasonCode.BAD_VALUE, exists(classes, x -> not(x.rlike(NICE_CLASS_SHAPE)
                .and(x.cast("int").between(MIN_NICE_CLASS, MAX_NICE_CLASS)))),
            concat(lit(NICE_CLASSES + " '"), concat_ws("|", badClasses), lit("' is not a Nice class " + MIN_NICE_CLASS + "–" + MAX_NICE_CLASS))),
        new Check(ReasonCode.BAD_VALUE, owner.isNotNull().and(not(usable(owner))),
            concat(lit(OWNER_CODE + " '"), owner, lit("' is not a valid USCC or registration number"))),
        new Check(ReasonCode.BAD_VALUE, exists(licensees, x -> not(usable(x))),
            concat(lit(LICENSEE_CODES + " '"), concat_ws("|", badLicensees), lit("' is not a valid USCC or registration number"))));
  }

  private static Column usable(Column code) {
    return DomainFunctions.CHECK_CODE.apply(code).getField(DomainColumns.CODE_STATUS).isin(USABLE.toArray());
  }
}
