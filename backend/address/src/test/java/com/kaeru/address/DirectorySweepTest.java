package com.kaeru.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every residential address of the directory, typed the ways people type it, passes the check:
 * the whole of Japan Post's data rather than a handful of examples (about two seconds).
 */
class DirectorySweepTest {
    private static final PostalDirectory DIRECTORY = TestDirectory.get();
    private static final AddressCheck CHECK = new AddressCheck(DIRECTORY);

    /** How a person might type an address, from Japan Post's record of it. */
    enum Typing {
        FIELDS_WITH_HYPHENATED_BLOCK(a -> new AddressInput(a.postalCode().toString(), a.prefecture().name(),
                a.municipality().name(), a.town() + "1-2-3", a.building())),
        ONE_LINE_IN_FULL_WIDTH(a -> new AddressInput("〒" + a.postalCode().digits(), "", "",
                a.prefecture().name() + a.municipality().name() + a.town() + "１丁目２番３号", a.building())),
        KANJI_BLOCK_WITHOUT_PREFECTURE_SUFFIX(a -> new AddressInput(a.postalCode().toString(),
                a.prefecture().name().replaceAll("[都道府県]$", ""), a.municipality().name(), a.town() + "一丁目二番地",
                a.building()));

        final Function<PostalAddress, AddressInput> typed;

        Typing(Function<PostalAddress, AddressInput> typed) {
            this.typed = typed;
        }
    }

    @ParameterizedTest
    @EnumSource(Typing.class)
    void everyResidentialAddressPasses(Typing typing) {
        List<String> failing = DIRECTORY.allAddresses()
                .filter(a -> !a.isBusiness() && !a.isCatchAll())
                .filter(a -> !CHECK.check(typing.typed.apply(a)).isClean())
                .map(PostalAddress::toString)
                .limit(20)
                .toList();
        assertThat(failing).isEmpty();
    }
}
