package org.storerecon.common.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedCodeTest {

  @Test
  void canonicalInputIsKeptWithoutFolds() {
    FoldedCode f = FoldedCode.of("91310110666007217T");
    assertThat(f.code()).isEqualTo("91310110666007217T");
    assertThat(f.folds()).isEmpty();
  }

  @Test
  void foldsCaseSpacesHyphensFullWidthAndLookAlikes() {
    assertThat(FoldedCode.of("9131 0110-6660 0721 7t").folds())
        .containsExactlyInAnyOrder(CodeFold.WHITESPACE, CodeFold.HYPHEN, CodeFold.CASE);
    FoldedCode fullWidth = FoldedCode.of("９１３１０１１０６６６００７２１７Ｔ");
    assertThat(fullWidth.code()).isEqualTo("91310110666007217T");
    assertThat(fullWidth.folds()).containsExactly(CodeFold.FULL_WIDTH);
    FoldedCode lookAlike = FoldedCode.of("9131O11O666OO72I7T");
    assertThat(lookAlike.code()).isEqualTo("91310110666007217T");
    assertThat(lookAlike.folds()).containsExactly(CodeFold.LOOK_ALIKE);
    assertThat(FoldedCode.of("zs").code()).isEqualTo("25");
  }

  @Test
  void nullFoldsToEmpty() {
    assertThat(FoldedCode.of(null).code()).isEmpty();
  }
}
