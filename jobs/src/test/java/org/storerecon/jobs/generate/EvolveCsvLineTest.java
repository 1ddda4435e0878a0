package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CsvLine}, the record reader of evolve: the inverse of {@link CsvRecords#line}. */
class EvolveCsvLineTest {

  @Test
  void readsBackWhatCsvRecordsWrites() {
    List<String> fields = List.of("", "plain", "with,comma", "with \"quotes\"", "\"", ",", "宏达贸易（杭州）有限公司", "");
    String line = CsvRecords.line(fields, "");

    assertThat(CsvLine.parse(line)).containsExactlyElementsOf(fields);
  }

  @Test
  void emptyLineIsOneEmptyField() {
    assertThat(CsvLine.parse("")).containsExactly("");
    assertThat(CsvLine.parse(",")).containsExactly("", "");
  }

  @Test
  void rejectsAQuoteLeftOpen() {
    assertThatThrownBy(() -> CsvLine.parse("taobao,\"open quote"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spanning lines");
  }
}
