package org.storerecon.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.storerecon.common.code.Uscc;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.contract.Contract;
import org.storerecon.jobs.config.CsvMultiLine;
import org.storerecon.jobs.config.IngestConfig;
import org.storerecon.jobs.config.InputFormat;
import org.storerecon.testing.DatasetBuilder;
import org.storerecon.testing.SparkTest;

/** The brand list's own checks: tier enum, Nice classes 1–45, owner and licensee codes. */
@SparkTest
class BrandRowChecksTest {

  private static final ValidateRows VALIDATE = new ValidateRows(new IngestConfig(1000, Map.of(), CsvMultiLine.TRUE));

  private static String uscc(String body8) {
    String first17 = "91330106" + body8 + Uscc.organisationCheckCharacter(body8);
    return first17 + Uscc.checkCharacter(first17);
  }

  private static RawInput brands(SparkSession spark, String[]... rows) {
    DatasetBuilder builder = DatasetBuilder.of(spark);
    Contract.BRANDS.columnNames().forEach(builder::column);
    builder.column(RawInput.CORRUPT_RECORD).column(Columns.SOURCE_FILE).column(Columns.ROW, DataTypes.LongType);
    long n = 0;
    for (String[] r : rows) {
      builder.row(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], null, "mem://brands.csv", n++);
    }
    InputFiles files = new InputFiles(Contract.BRANDS, "mem://brands.csv", InputFormat.CSV, List.of("mem://brands.csv"), 0);
    return new RawInput(files, Contract.BRANDS.columnNames(), builder.build());
  }

  @Test
  void eachBadBrandRowGetsItsReason(SparkSession spark) {
    String owner = uscc("ABCD1234");
    String licensee = uscc("EFGH5678");
    // One body character changed: the organisation check fails (a wrong last character alone would read as a pilot code).
    String broken = licensee.substring(0, 8) + 'X' + licensee.substring(9);
    RawInput raw = brands(spark,
        new String[] {"B1", "张小泉", null, "老字号", "8|21", owner, "张小泉集团", licensee},
        new String[] {"B2", "GUCCI", null, "famous", "18", owner, null, null},
        new String[] {"B3", "LV", null, "well_known", "18|46", owner, null, null},
        new String[] {"B4", "NIKE", null, "well_known", "0|x", null, null, null},
        new String[] {"B5", "DIOR", null, "well_known", "3", "not-a-code", null, null},
        new String[] {"B6", "CK", null, "registered", "25", owner, null, licensee + "|" + broken});

    List<Row> rows = VALIDATE.apply(raw).select("row", "reasons", "detail").orderBy("row").collectAsList();

    assertThatDataset(VALIDATE.apply(raw)).columns("row", "reasons").containsExactlyInAnyOrder(
        List.of(0L, List.of()),
        List.of(1L, List.of("BAD_ENUM")),
        List.of(2L, List.of("BAD_VALUE")),
        List.of(3L, List.of("BAD_VALUE")),
        List.of(4L, List.of("BAD_VALUE")),
        List.of(5L, List.of("BAD_VALUE")));
    assertThat(rows.get(2).getString(2)).isEqualTo("nice_classes '46' is not a Nice class 1–45");
    assertThat(rows.get(3).getString(2)).isEqualTo("nice_classes '0|x' is not a Nice class 1–45");
    assertThat(rows.get(4).getString(2)).isEqualTo("owner_code 'not-a-code' is not a valid USCC or registration number");
    assertThat(rows.get(5).getString(2)).isEqualTo("licensee_codes '" + broken + "' is not a valid USCC or registration number");
  }
}
