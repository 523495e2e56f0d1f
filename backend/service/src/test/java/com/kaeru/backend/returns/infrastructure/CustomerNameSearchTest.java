package com.kaeru.backend.returns.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerNameSearchTest {

    @Test
    void splitsOnEveryKindOfSeparatorPeopleType() {
        assertThat(CustomerNameSearch.words("山田　花子")).containsExactly("山田", "花子");
        assertThat(CustomerNameSearch.words(" ジョン・スミス ")).containsExactly("ジョン", "スミス");
        assertThat(CustomerNameSearch.words("ｼﾞｮﾝ･ｽﾐｽ")).containsExactly("ジョン", "スミス");
        assertThat(CustomerNameSearch.words("Yamada, Hanako")).containsExactly("Yamada", "Hanako");
    }

    @Test
    void widthIsNormalisedCaseIsLeftToTheDatabase() {
        assertThat(CustomerNameSearch.words("ＨＡＮＡＫＯ")).containsExactly("HANAKO");
    }

    @Test
    void nothingButSeparatorsSearchesNoName() {
        assertThat(CustomerNameSearch.words(" 　・, ")).isEmpty();
    }

    @Test
    void longAndManyWordsAreCappedLikeTheStoredKeys() {
        assertThat(CustomerNameSearch.words("あ".repeat(50))).containsExactly("あ".repeat(CustomerNameSearch.KEY_LENGTH));
        assertThat(CustomerNameSearch.words("a b c d e f a")).containsExactly("a", "b", "c", "d");
        // A character outside the BMP counts once, as PostgreSQL's left() counts it.
        String word = CustomerNameSearch.words("𠮷".repeat(45)).get(0);
        assertThat(word.codePointCount(0, word.length())).isEqualTo(CustomerNameSearch.KEY_LENGTH);
    }
}
